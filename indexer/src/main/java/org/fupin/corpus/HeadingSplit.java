package org.fupin.corpus;

import java.util.Objects;

/**
 * A paragraph split into its heading and the start of the section body.
 *
 * @param heading the heading text, trimmed, without brackets
 * @param body    the rest of the paragraph, trimmed (may be empty)
 * @param style   how the heading was marked
 */
public record HeadingSplit(String heading, String body, HeadingStyle style) {

    public HeadingSplit {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(style, "style");
        if (heading.isBlank()) {
            throw new IllegalArgumentException("blank heading");
        }
    }
}
