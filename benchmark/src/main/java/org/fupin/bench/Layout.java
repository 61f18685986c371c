package org.fupin.bench;

import java.util.Locale;

/** How a generated chapter marks its headings; recorded per chapter in the manifest. */
enum Layout {
    /** A yearbook chapter: the yearbook seed's unbracketed headings exactly as written (spaced, glued, wide gap). */
    YEARBOOK,
    /** {@code 【Rain Plan】 In 2011, …}, as the single-chapter seeds write them. */
    BRACKETED,
    /** {@code 1. Rain Plan}, {@code (1) Rain Plan} or {@code I. Rain Plan} alone on its line. */
    NUMBERED,
    /** The heading alone on its line, as written, in capitals or ending with a colon. */
    LINE,
    /** {@code Rain Plan: In 2012, …}. */
    LABELLED;

    /** The name the manifest uses. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
