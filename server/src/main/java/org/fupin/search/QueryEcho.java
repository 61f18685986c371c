package org.fupin.search;

import java.util.List;
import org.fupin.query.bilingual.Translation;

/**
 * How the service understood a request.
 *
 * @param q          the query text as sent
 * @param parsed     the canonical form of the query plus notes about anything ignored
 * @param filters    the filters applied, in API form
 * @param translated expansions applied to the user's terms (empty until a glossary is plugged in)
 * @param match      {@code all} (every concept must match, the default) or {@code any}
 * @param concepts   the concepts the query was split into, as typed
 * @param counts     which sections {@code total} and the facets count: {@code all} (every concept), {@code partial}
 *                   (no section matched every concept; those with at least half of the concepts, or of a multi-word concept's
 *                   words, are counted), {@code any} (any concept), or
 *                   {@code everything} for an empty query
 * @param unmatched  concepts no section contains, left out so that the others can match (e.g. a Chinese word the
 *                   glossary cannot translate for English reports)
 * @param suggestion did you mean: {@code q} with misspelt words corrected ({@code mutal funds} → {@code mutual funds}),
 *                   or null when every word is found (see {@link org.fupin.search.suggest.Suggestions#didYouMean})
 */
public record QueryEcho(
        String q,
        String parsed,
        Filters filters,
        List<Translation> translated,
        String match,
        List<String> concepts,
        String counts,
        List<String> unmatched,
        String suggestion) {

    public QueryEcho {
        translated = List.copyOf(translated);
        concepts = List.copyOf(concepts);
        unmatched = List.copyOf(unmatched);
    }

    /** An echo without a spelling suggestion; the HTTP layer adds one with {@link #withSuggestion}. */
    public QueryEcho(
            String q,
            String parsed,
            Filters filters,
            List<Translation> translated,
            String match,
            List<String> concepts,
            String counts,
            List<String> unmatched) {
        this(q, parsed, filters, translated, match, concepts, counts, unmatched, null);
    }

    /** This echo with {@code suggestion} as the did-you-mean query (null for none). */
    public QueryEcho withSuggestion(String suggestion) {
        return new QueryEcho(q, parsed, filters, translated, match, concepts, counts, unmatched, suggestion);
    }

    /**
     * Filters in API form.
     *
     * @param province canonical English names
     * @param year     years or ranges as given
     * @param program  program ids
     */
    public record Filters(List<String> province, List<String> year, List<String> program) {

        public Filters {
            province = List.copyOf(province);
            year = List.copyOf(year);
            program = List.copyOf(program);
        }
    }
}
