package org.fupin.search;

import org.fupin.query.Translation;
import java.util.List;

/**
 * How the service understood a request.
 *
 * @param q          the query text as sent
 * @param parsed     the canonical form of the query plus notes about anything ignored
 * @param filters    the filters applied, in API form
 * @param translated expansions applied to the user's terms (empty until a glossary is plugged in)
 */
public record QueryEcho(String q, String parsed, Filters filters, List<Translation> translated) {

    public QueryEcho {
        translated = List.copyOf(translated);
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
