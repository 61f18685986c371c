package org.fupin.query;

import java.util.List;
import java.util.Objects;
import org.apache.lucene.search.Query;

/**
 * One thing the user asked about: a typed word, a quoted phrase, a glossary term with its translations and synonyms,
 * or words joined by {@code OR}. A section matches the concept when the typed form or any expansion matches.
 *
 * @param label   the concept as the user typed it, for {@code query.concepts} and a hit's {@code missing}
 * @param display the concept with what it was expanded to, for {@code query.parsed}
 * @param query   matches the sections that contain the concept; typed text scores above its expansions
 * @param relaxed what a section near the concept contains, for partial matches: each word of an unquoted multi-word
 *                term ("fixed-point poverty alleviation" gives fixed, point, poverty, alleviation), else the concept
 */
public record Concept(String label, String display, Query query, List<Query> relaxed) {

    public Concept {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(query, "query");
        relaxed = relaxed == null || relaxed.isEmpty() ? List.of(query) : List.copyOf(relaxed);
    }

    /** True when partial matches may hold only some of this concept's words. */
    public boolean isRelaxed() {
        return relaxed.size() > 1;
    }

    /** The labels of several concepts. */
    public static List<String> labels(List<Concept> concepts) {
        return concepts.stream().map(Concept::label).toList();
    }
}
