package org.fupin.corpus;

/**
 * How a chapter marks its section headings, decided from the whole chapter before it is split (see
 * {@link ChapterSplitter}). Under each style only that style's headings start sections; every other paragraph is
 * body text.
 */
public enum ChapterStyle {
    /** {@code 【Rain Plan】 In 2011, …} (or a stray {@code Overview】}): only bracketed paragraphs are headings. */
    BRACKETED,
    /** {@code 1. Rain Plan}, {@code (1)}, {@code I.}, {@code 一、}, {@code （一）}: only the chapter's numbered sequence. */
    NUMBERED,
    /** {@code Rain Plan: In 2012, …}: only paragraphs that open with a short label and a colon. */
    LABELLED,
    /** A short line alone, its body on the following lines, in any case ({@code Poverty reduction planning}, {@code RAIN PLAN}). */
    LINE,
    /**
     * The yearbook style: a heading at the start of the paragraph, glued to its body, set off by a wide gap or
     * spacing, in capitals, in brackets or alone on a Title-Case line, mixed within one chapter.
     */
    INLINE,
    /** No headings at all: the chapter is one section named after its title. */
    NONE
}
