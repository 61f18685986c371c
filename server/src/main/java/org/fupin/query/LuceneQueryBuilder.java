package org.fupin.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.fupin.index.Analyzers;
import org.fupin.index.Schema;
import org.fupin.query.bilingual.Scripts;
import org.fupin.query.bilingual.Translation;

/**
 * Turns a {@link UserQuery} into concepts and their Lucene queries. Consecutive plain English words are split into
 * glossary terms and single words ({@code mutual funds repayment rate} is two concepts when the glossary knows both
 * terms); an unquoted Chinese word gives one concept per glossary term or segmented word; a quoted phrase or an
 * {@code OR} group is one concept. By default a section matches when it matches every concept ({@link MatchMode#ALL});
 * {@link Built#partialMatching()} is the fallback of sections that miss exactly one. A proximity clause lifts sections where
 * the typed words occur close together; it never changes which sections match.
 */
public final class LuceneQueryBuilder {

    /** Sections with the typed words within this many positions of each other rank higher. */
    private static final int NEAR_SLOP = 3;

    private static final float NEAR_BOOST = 1f;
    /** In {@link MatchMode#ANY}, sections with every concept rank first. */
    private static final float ALL_CONCEPTS_BOOST = 2f;
    /** Lifts the informativeness of a partial match's concepts far above any text score, so it decides the tier. */
    private static final double TIER_SCALE = 1000;

    /** The text score of a partial match, without the tier that ordered it. */
    public static float textScore(float partialRankingScore) {
        return (float) (partialRankingScore % TIER_SCALE);
    }

    /**
     * The concepts of a query and the queries that match and rank them.
     *
     * @param concepts     what must match, in the order typed
     * @param excluded     what must not match, or null
     * @param proximity    the ranking-only clause for typed words close together, or null
     * @param mode         whether every concept or any must match
     * @param parsed       how the query was understood, for the response's {@code query.parsed}
     * @param translations expansions applied to the user's terms
     */
    public record Built(
            List<Concept> concepts,
            Query excluded,
            Query proximity,
            MatchMode mode,
            String parsed,
            List<Translation> translations) {

        public Built {
            concepts = List.copyOf(concepts);
            translations = List.copyOf(translations);
        }

        /**
         * This query without concepts that no section contains (an untranslatable Chinese word, a misspelling), which
         * would otherwise leave nothing to match every concept; the parsed form says what was left out.
         */
        public Built without(List<Concept> unmatched) {
            List<Concept> kept =
                    concepts.stream().filter(c -> !unmatched.contains(c)).toList();
            String note = "no section contains " + String.join(", ", Concept.labels(unmatched)) + "; searched without "
                    + (unmatched.size() == 1 ? "it" : "them");
            return new Built(kept, excluded, proximity, mode, parsed + " [" + note + "]", translations);
        }

        /** True when nothing searchable remains, so every section (not excluded) matches. */
        public boolean matchesAll() {
            return concepts.isEmpty();
        }

        /** The sections the query matches, unscored extras left out: for counting, facets and highlighting. */
        public Query matching() {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            if (concepts.isEmpty()) {
                b.add(new MatchAllDocsQuery(), Occur.MUST);
            } else if (mode == MatchMode.ALL || concepts.size() == 1) {
                concepts.forEach(c -> b.add(c.query(), Occur.MUST));
            } else {
                concepts.forEach(c -> b.add(c.query(), Occur.SHOULD));
                b.setMinimumNumberShouldMatch(1);
            }
            if (excluded != null) {
                b.add(excluded, Occur.MUST_NOT);
            }
            return b.build();
        }

        /** The matching query with the ranking extras; matches exactly the same sections. */
        public Query ranking() {
            return ranked(matching(), mode == MatchMode.ANY && concepts.size() > 1);
        }

        /**
         * True when partial matches exist as a notion: two or more concepts in {@link MatchMode#ALL}; a partial match
         * is a section that matches all concepts but one (either one of two).
         */
        public boolean hasPartial() {
            return mode == MatchMode.ALL
                    && (concepts.size() >= 2 || concepts.stream().anyMatch(Concept::isRelaxed));
        }

        /** The clauses a partial match is made of: every concept, or each word of a multi-word concept. */
        public List<Query> partialClauses() {
            return concepts.stream().flatMap(c -> c.relaxed().stream()).toList();
        }

        /**
         * The sections that do not match every concept but hold at least half of the {@link #partialClauses()}: the
         * nearest answers when few sections match the whole question.
         */
        public Query partialMatching() {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            List<Query> clauses = partialClauses();
            clauses.forEach(q -> b.add(q, Occur.SHOULD));
            b.setMinimumNumberShouldMatch(Math.max(1, (clauses.size() + 1) / 2));
            b.add(allConcepts(), Occur.MUST_NOT);
            if (excluded != null) {
                b.add(excluded, Occur.MUST_NOT);
            }
            return b.build();
        }

        /**
         * The partial matches with the ranking extras, ordered first by how informative the clauses they contain are
         * ({@code weights}, one per {@link #partialClauses()} entry, e.g. inverse document frequencies): a section
         * that lacks only a common concept ("mutual funds") comes before one that lacks a rare one ("repayment
         * rate"); scores order each tier.
         */
        public Query partialRanking(List<Double> weights) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(ranked(partialMatching(), false), Occur.MUST);
            List<Query> clauses = partialClauses();
            for (int i = 0; i < clauses.size(); i++) {
                // Whole multiples of the scale, so that the text score can be recovered (textScore).
                float tier = (float) (TIER_SCALE * Math.max(1, Math.round(weights.get(i) * 10)));
                b.add(new BoostQuery(new ConstantScoreQuery(clauses.get(i)), tier), Occur.SHOULD);
            }
            return b.build();
        }

        /** Matches any concept, for highlighting every concept a hit contains. */
        public Query anyConcept() {
            if (concepts.isEmpty()) {
                return new MatchAllDocsQuery();
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            concepts.forEach(c -> b.add(c.query(), Occur.SHOULD));
            return b.build();
        }

        private Query allConcepts() {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            concepts.forEach(c -> b.add(c.query(), Occur.MUST));
            return b.build();
        }

        private Query ranked(Query matching, boolean boostAll) {
            if (proximity == null && !boostAll) {
                return matching;
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(matching, Occur.MUST);
            if (proximity != null) {
                b.add(proximity, Occur.SHOULD);
            }
            if (boostAll) {
                b.add(new BoostQuery(allConcepts(), ALL_CONCEPTS_BOOST), Occur.SHOULD);
            }
            return b.build();
        }
    }

    private final TermExpander expander;
    private final ConceptQueries queries = new ConceptQueries();
    private final QueryBuilder englishNear = new QueryBuilder(Analyzers.english());
    private final QueryBuilder chineseNear = new QueryBuilder(Analyzers.chinese());

    /** A builder that expands every term with {@code expander}. */
    public LuceneQueryBuilder(TermExpander expander) {
        this.expander = expander;
    }

    /** Builds the query; never throws for any user query. */
    public Built build(UserQuery userQuery, MatchMode mode, TermStats stats) {
        Draft b = new Draft(stats);
        List<String> run = new ArrayList<>();
        for (UserQuery.Group group : userQuery.groups()) {
            UserQuery.Term only = group.alternatives().get(0);
            boolean plainEnglishWord = group.alternatives().size() == 1
                    && !only.phrase()
                    && !only.titleOnly()
                    && !Scripts.containsHan(only.text());
            if (plainEnglishWord) {
                run.add(only.text());
                continue;
            }
            b.englishRun(run);
            if (group.alternatives().size() == 1 && !only.phrase()) {
                // An unquoted Chinese or heading-only word: each glossary term or segmented word is a concept.
                for (TermExpander.Piece piece : b.expand(only)) {
                    String prefix = only.titleOnly() ? "title:" : "";
                    b.concept(
                            prefix + piece.original(),
                            prefix + piece.display(),
                            List.of(List.of(piece)),
                            only.titleOnly(),
                            false);
                }
            } else {
                List<List<TermExpander.Piece>> alternatives =
                        group.alternatives().stream().map(b::expand).toList();
                boolean titleOnly = group.alternatives().stream().allMatch(UserQuery.Term::titleOnly);
                String display = group.render(t ->
                        b.expand(t).stream().map(TermExpander.Piece::display).collect(Collectors.joining(" ")));
                b.concept(
                        group.render(),
                        display,
                        alternatives,
                        titleOnly,
                        group.alternatives().stream().allMatch(UserQuery.Term::phrase));
            }
        }
        b.englishRun(run);
        Query excluded = b.excluded(userQuery.excluded());
        UserQuery parsed = userQuery;
        for (String note : b.notes) {
            parsed = parsed.withNote(note);
        }
        String shown = b.concepts.isEmpty() && excluded == null
                ? parsed.render()
                : render(b.concepts, userQuery.excluded(), parsed.notes());
        return new Built(b.concepts, excluded, proximity(b), mode, shown, List.copyOf(b.translations));
    }

    /** What one build has gathered so far: concepts, translations, notes and the words of the proximity clause. */
    private final class Draft {
        final TermStats stats;
        final List<Concept> concepts = new ArrayList<>();
        final Set<Translation> translations = new LinkedHashSet<>();
        final List<String> notes = new ArrayList<>();
        final List<String> nearEnglish = new ArrayList<>();
        final List<String> nearChinese = new ArrayList<>();

        Draft(TermStats stats) {
            this.stats = stats;
        }

        List<TermExpander.Piece> expand(UserQuery.Term term) {
            List<TermExpander.Piece> pieces = expander.expand(term);
            pieces.forEach(p -> translations.addAll(p.translations()));
            return pieces;
        }

        void englishRun(List<String> words) {
            if (words.isEmpty()) {
                return;
            }
            for (TermExpander.Piece piece : expander.run(String.join(" ", words))) {
                translations.addAll(piece.translations());
                concept(piece.original(), piece.display(), List.of(List.of(piece)), false, false);
            }
            words.clear();
        }

        /** A concept from alternatives (OR), each of which needs all its pieces. */
        void concept(
                String label,
                String display,
                List<List<TermExpander.Piece>> alternatives,
                boolean titleOnly,
                boolean exact) {
            List<Query> options = new ArrayList<>();
            for (List<TermExpander.Piece> pieces : alternatives) {
                List<Query> all = pieces.stream()
                        .map(p -> queries.piece(p, titleOnly, exact, stats))
                        .flatMap(Optional::stream)
                        .toList();
                if (all.size() == 1) {
                    options.add(all.get(0));
                } else if (!all.isEmpty()) {
                    BooleanQuery.Builder each = new BooleanQuery.Builder();
                    all.forEach(q -> each.add(q, Occur.MUST));
                    options.add(each.build());
                }
            }
            if (concepts.stream().anyMatch(c -> c.label().equals(label))) {
                // A repeated word (扶贫扶贫扶贫…) is one concept: the repetition asks for nothing more.
                return;
            }
            Optional<Query> query = ConceptQueries.any(options);
            if (query.isEmpty()) {
                notes.add("nothing searchable in " + label);
                return;
            }
            concepts.add(new Concept(
                    label,
                    display,
                    query.get(),
                    exact || alternatives.size() != 1 || alternatives.get(0).size() != 1
                            ? List.of()
                            : relaxed(alternatives.get(0).get(0), titleOnly)));
            if (!titleOnly && alternatives.size() == 1) {
                for (TermExpander.Piece piece : alternatives.get(0)) {
                    if (Scripts.containsHan(piece.original())) {
                        nearChinese.add(piece.original());
                        if (!piece.english().isEmpty()) {
                            nearEnglish.add(piece.english().get(0));
                        }
                    } else {
                        nearEnglish.add(piece.original());
                    }
                }
            }
        }

        /** The separate words of an unquoted multi-word term (typed English, or a Chinese term's main translation). */
        List<Query> relaxed(TermExpander.Piece piece, boolean titleOnly) {
            String main = Scripts.containsHan(piece.original())
                    ? piece.english().isEmpty() ? "" : piece.english().get(0)
                    : piece.original();
            List<Query> words = new ArrayList<>();
            for (String word : main.split("[\\s\\-]+")) {
                if (!word.isBlank()) {
                    ConceptQueries.text(englishNear, Schema.TITLE_EN, Schema.BODY_EN, word, titleOnly)
                            .ifPresent(words::add);
                }
            }
            return words.size() > 1 ? words : List.of();
        }

        Query excluded(List<UserQuery.Term> terms) {
            List<Query> out = new ArrayList<>();
            for (UserQuery.Term term : terms) {
                List<Query> pieces = expand(term).stream()
                        .map(p -> queries.piece(p, term.titleOnly(), term.phrase(), stats))
                        .flatMap(Optional::stream)
                        .toList();
                if (pieces.isEmpty()) {
                    notes.add("nothing searchable in -" + term.render());
                } else if (pieces.size() == 1) {
                    out.add(pieces.get(0));
                } else {
                    BooleanQuery.Builder all = new BooleanQuery.Builder();
                    pieces.forEach(q -> all.add(q, Occur.MUST));
                    out.add(all.build());
                }
            }
            return ConceptQueries.any(out).orElse(null);
        }
    }

    private static String render(List<Concept> concepts, List<UserQuery.Term> excluded, List<String> notes) {
        List<String> parts = new ArrayList<>();
        concepts.forEach(c -> parts.add(
                c.display().equals(c.label())
                                && c.label().contains(" ")
                                && !c.label().startsWith("\"")
                                && !c.label().startsWith("(")
                        ? "[" + c.label() + "]"
                        : c.display()));
        excluded.forEach(t -> parts.add("-" + t.render()));
        String canonical = String.join(" + ", parts);
        return notes.isEmpty() ? canonical : canonical + " [" + String.join("; ", notes) + "]";
    }

    /**
     * The typed words close together, per language (the English words or main translations in the English fields,
     * the Chinese words in the Chinese fields); only where a language has two or more of them.
     */
    private Query proximity(Draft b) {
        List<Query> clauses = new ArrayList<>();
        if (b.nearEnglish.size() >= 2) {
            String text = String.join(" ", b.nearEnglish);
            near(englishNear, Schema.TITLE_EN, text).ifPresent(clauses::add);
            near(englishNear, Schema.BODY_EN, text).ifPresent(clauses::add);
        }
        if (b.nearChinese.size() >= 2) {
            String text = String.join(" ", b.nearChinese);
            near(chineseNear, Schema.TITLE_ZH, text).ifPresent(clauses::add);
            near(chineseNear, Schema.BODY_ZH, text).ifPresent(clauses::add);
        }
        return ConceptQueries.any(clauses)
                .map(q -> (Query) new BoostQuery(q, NEAR_BOOST))
                .orElse(null);
    }

    private static Optional<Query> near(QueryBuilder builder, String field, String text) {
        // A single word left after analysis is no proximity evidence; the word's own clause already scores it.
        return ConceptQueries.field(builder, field, text, NEAR_SLOP)
                .filter(q -> !(q instanceof TermQuery) && !(q instanceof SynonymQuery));
    }
}
