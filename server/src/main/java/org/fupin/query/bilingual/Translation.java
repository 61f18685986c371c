package org.fupin.query.bilingual;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One translation applied to a user's text, shown in the API as {@code {"from": "互助资金", "to": ["mutual funds",
 * "mutual aid funds"]}}.
 *
 * @param from the span of the user's text that was translated
 * @param to   what it was translated into: English targets for Chinese, Chinese terms for English
 */
public record Translation(String from, List<String> to) {

    public Translation {
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a translation translates into something");
        }
    }

    /** Human-readable form, e.g. {@code 互助资金 → "mutual funds" | "mutual aid funds"}. */
    public String describe() {
        return from + " → " + to.stream().map(t -> '"' + t + '"').collect(Collectors.joining(" | "));
    }
}
