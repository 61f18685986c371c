package org.fupin.corpus;

/** How a section heading was marked in the source text. */
public enum HeadingStyle {
    /** {@code 【Rain Plan】 In 2011, …}, or a stray closing bracket {@code Overview】 …}. */
    BRACKETED,
    /** A Title-Case heading glued to its body: {@code Rain PlanIn 2012, …}, {@code Rain Plan14 million …}. */
    GLUED,
    /** A heading separated from its body by spaces: {@code Rain Plan In 2012, …}. */
    SPACED,
    /** A heading alone on its line; the following paragraphs are its body. */
    STANDALONE,
    /** An upper-case heading before its body: {@code RAIN PLAN In 2012, …}. */
    CAPS,
    /** A numbered heading: {@code 1. Rain Plan}, {@code (1)}, {@code I.}, {@code 一、}, {@code （一）}; the number is dropped. */
    NUMBERED,
    /** A label and a colon before the body: {@code Rain Plan: In 2012, …}, {@code 雨露计划：…}. */
    LABELLED,
    /** Text before the first heading of a chapter; the chapter title stands in as heading. */
    PREAMBLE
}
