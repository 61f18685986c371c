package org.fupin.query.bilingual;

import java.util.List;
import java.util.Objects;

/**
 * One glossary line: a Chinese source term and its English targets.
 *
 * @param source  the Chinese term as users type it, e.g. 互助资金
 * @param targets English phrases as the reports word them, most common first
 * @param origin  where the entry was read, "file:line", for error messages and debugging
 */
public record GlossaryEntry(String source, List<String> targets, String origin) {

    public GlossaryEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        targets = List.copyOf(targets);
        if (source.isBlank() || targets.isEmpty()) {
            throw new IllegalArgumentException("a glossary entry needs a source and at least one target");
        }
    }
}
