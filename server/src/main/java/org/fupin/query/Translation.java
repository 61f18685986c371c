package org.fupin.query;

import java.util.List;
import java.util.Objects;

/**
 * One translation the service applied to a user's word or phrase, reported back so the user sees why a section
 * matched; serialised as {@code {"from": "互助资金", "to": ["mutual funds", "mutual aid funds"]}}.
 *
 * @param from the user's word or phrase (or the span of it that was translated)
 * @param to   what was searched for it as well: English targets for Chinese, Chinese terms for English
 */
public record Translation(String from, List<String> to) {

    public Translation {
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
    }
}
