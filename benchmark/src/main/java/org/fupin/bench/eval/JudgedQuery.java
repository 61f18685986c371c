package org.fupin.bench.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fupin.vocab.Language;

/**
 * One question of the judged set, in its English and Chinese forms, with the sections that answer it.
 *
 * @param id           a stable kebab-case name
 * @param kind         what the query tests: fact, program-filter, synonym, phrase or chinese-first
 * @param en           the English form as a user types it
 * @param zh           the Chinese form of the same question
 * @param glossaryPair true when the glossary covers every concept of both forms, so they should find the same sections
 * @param filters      facet filters sent with both forms
 * @param relevant     the judged sections; sections not listed are not relevant
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JudgedQuery(
        String id,
        String kind,
        String en,
        String zh,
        @JsonProperty("glossary_pair") boolean glossaryPair,
        Filters filters,
        List<Judgment> relevant) {

    public JudgedQuery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        filters = filters == null ? new Filters(List.of(), List.of(), List.of()) : filters;
        relevant = List.copyOf(relevant);
    }

    /**
     * Facet filters in API form.
     *
     * @param province English province names
     * @param year     years
     * @param program  program ids
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Filters(List<String> province, List<Integer> year, List<String> program) {

        public Filters {
            province = province == null ? List.of() : List.copyOf(province);
            year = year == null ? List.of() : List.copyOf(year);
            program = program == null ? List.of() : List.copyOf(program);
        }
    }

    /**
     * One judged section.
     *
     * @param section the section id
     * @param grade   2 when the section answers the question, 1 when it is relevant background
     * @param where   province, year and heading, for a human reader
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Judgment(String section, int grade, String where) {

        public Judgment {
            if (grade < 1 || grade > 2) {
                throw new IllegalArgumentException("grade must be 1 or 2: " + section);
            }
        }
    }

    /** The query text in one language. */
    public String text(Language language) {
        return language == Language.EN ? en : zh;
    }

    /** Section id to grade. */
    public Map<String, Integer> grades() {
        return relevant.stream().collect(Collectors.toMap(Judgment::section, Judgment::grade, Math::max));
    }

    /** The judged sections by id. */
    public Map<String, Judgment> bySection() {
        return relevant.stream().collect(Collectors.toMap(Judgment::section, Function.identity(), (a, b) -> a));
    }
}
