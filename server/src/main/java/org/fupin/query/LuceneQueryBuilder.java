package org.fupin.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.fupin.query.bilingual.QueryAnalyzers;
import org.fupin.index.Analyzers;
import org.fupin.index.Schema;
import org.fupin.vocab.Province;

/**
 * Turns a {@link UserQuery} into a Lucene query. Each term is expanded into pieces ({@link TermExpander}); a piece
 * searches its English texts in the English title (boosted) and body fields, analysed with the English query analyzer
 * and its synonyms, and its Chinese texts in the Chinese fields, analysed with SmartChineseAnalyzer. Words and pieces
 * are optional (partial matches are found) and two boosted extras lift sections that contain all of them and that
 * contain them close together. Quoted phrases are required, excluded terms prohibited. Queries come from Lucene's
 * {@link QueryBuilder}, which turns the synonym token graph into correct alternatives; only term, synonym and phrase
 * queries arise (no wildcard, fuzzy or regex query).
 */
public final class LuceneQueryBuilder {

    /**
     * The query to run plus what the user should be told about it.
     *
     * @param query        the Lucene query that ranks (match-all when nothing searchable remains)
     * @param matching     the same matches without the ranking-only boosts ("all words", "close together"): those
     *                     are optional clauses implied by the word clauses, so they never change which sections
     *                     match, only their order; counting, facets and highlighting need just this
     * @param parsed       how the query was understood, for the response's {@code query.parsed}
     * @param translations expansions applied to the user's terms
     */
    public record Built(Query query, Query matching, String parsed, List<Translation> translations) {

        public Built {
            translations = List.copyOf(translations);
        }

        /** True when nothing searchable remains, so every section matches. */
        public boolean matchesAll() {
            return matching instanceof BooleanQuery bq && bq.clauses().size() == 1
                    && bq.clauses().get(0).query() instanceof MatchAllDocsQuery;
        }
    }

    private static final float TITLE_BOOST = 3f;
    private static final float ALL_WORDS_BOOST = 2f;
    private static final float NEAR_PHRASE_BOOST = 2f;
    private static final int NEAR_PHRASE_SLOP = 3;
    private static final float PROVINCE_BOOST = 5f;

    private final QueryBuilder english;
    private final QueryBuilder englishNear;
    private final QueryBuilder chinese;
    private final TermExpander expander;

    /** A builder that expands every term with {@code expander}. */
    public LuceneQueryBuilder(TermExpander expander) {
        this.english = new QueryBuilder(QueryAnalyzers.englishWithSynonyms());
        // "petty loans" as a synonym of microcredit must match as a phrase, not as two loose words.
        this.english.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        // Proximity is a ranking bonus for the words as written; synonym paths would reward loosely related passages.
        this.englishNear = new QueryBuilder(Analyzers.english());
        this.chinese = new QueryBuilder(Analyzers.chinese());
        this.expander = expander;
    }

    /** The state of one build: what was searched, shown and translated. */
    private final class Build {
        final BooleanQuery.Builder main = new BooleanQuery.Builder();
        /** The word clauses and exclusions of {@link #main} without its boosts. */
        final BooleanQuery.Builder matching = new BooleanQuery.Builder();
        final List<Query> groupQueries = new ArrayList<>();
        final Set<Translation> translations = new LinkedHashSet<>();
        final Map<UserQuery.Term, String> shown = new HashMap<>();
        final List<String> notes = new ArrayList<>();
        final List<String> nearEnglish = new ArrayList<>();
        final List<String> nearChinese = new ArrayList<>();
        final List<String> englishRun = new ArrayList<>();
        boolean required;
        boolean annotated;

        void addGroup(Query q, boolean must) {
            groupQueries.add(q);
            main.add(q, must ? Occur.MUST : Occur.SHOULD);
            matching.add(q, must ? Occur.MUST : Occur.SHOULD);
            required |= must;
        }

        /** English words in a row also search their Chinese glossary terms, in the Chinese fields only. */
        void flushEnglishRun() {
            if (englishRun.isEmpty()) {
                return;
            }
            for (TermExpander.Piece piece : expander.chineseFor(String.join(" ", englishRun))) {
                translations.addAll(piece.translations());
                pieceQuery(piece, false).ifPresent(q -> {
                    main.add(q, Occur.SHOULD);
                    matching.add(q, Occur.SHOULD);
                });
            }
            englishRun.clear();
        }

        List<TermExpander.Piece> expand(UserQuery.Term term) {
            List<TermExpander.Piece> pieces = expander.expand(term);
            pieces.forEach(p -> translations.addAll(p.translations()));
            boolean plain = pieces.size() == 1 && pieces.get(0).display().equals(pieces.get(0).original());
            if (!plain) {
                annotated = true;
                String body = pieces.stream().map(TermExpander.Piece::display).collect(Collectors.joining(", "));
                shown.put(term, term.titleOnly() ? "title:" + body : body);
            }
            return pieces;
        }
    }

    /** Builds the query; never throws for any user query. */
    public Built build(UserQuery userQuery) {
        Build b = new Build();
        for (UserQuery.Group group : userQuery.groups()) {
            UserQuery.Term only = group.alternatives().get(0);
            if (group.alternatives().size() == 1 && !only.phrase()) {
                singleWord(b, only);
            } else {
                b.flushEnglishRun();
                Optional<Query> q = disjunction(group.alternatives().stream()
                        .map(t -> allPieces(b.expand(t), t.titleOnly())).flatMap(Optional::stream).toList());
                if (q.isPresent()) {
                    b.addGroup(q.get(), group.required());
                } else {
                    b.notes.add("nothing searchable in " + group.render());
                }
            }
        }
        b.flushEnglishRun();
        if (b.groupQueries.size() > 1) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            b.groupQueries.forEach(q -> all.add(q, Occur.MUST));
            b.main.add(new BoostQuery(all.build(), ALL_WORDS_BOOST), Occur.SHOULD);
        }
        nearPhrase(b).ifPresent(q -> b.main.add(q, Occur.SHOULD));
        if (b.groupQueries.isEmpty()) {
            b.main.add(new MatchAllDocsQuery(), Occur.MUST);
            b.matching.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (UserQuery.Term term : userQuery.excluded()) {
            Optional<Query> q = allPieces(b.expand(term), term.titleOnly());
            if (q.isPresent()) {
                b.main.add(q.get(), Occur.MUST_NOT);
                b.matching.add(q.get(), Occur.MUST_NOT);
            } else {
                b.notes.add("nothing searchable in -" + term.render());
            }
        }
        if (!b.required && !b.groupQueries.isEmpty()) {
            b.main.setMinimumNumberShouldMatch(1);
            b.matching.setMinimumNumberShouldMatch(1);
        }
        UserQuery parsed = userQuery;
        for (String note : b.notes) {
            parsed = parsed.withNote(note);
        }
        String shown = parsed.render(t -> b.shown.getOrDefault(t, t.render()), b.annotated ? ", " : " ");
        return new Built(b.main.build(), b.matching.build(), shown, List.copyOf(b.translations));
    }

    /** An unquoted word: each of its pieces counts as a word of its own (互助资金还款率 is like 互助资金 还款率). */
    private void singleWord(Build b, UserQuery.Term term) {
        List<TermExpander.Piece> pieces = b.expand(term);
        if (!GlossaryExpander.containsHan(term.text()) && !term.titleOnly()) {
            b.englishRun.add(term.text());
        } else {
            b.flushEnglishRun();
        }
        boolean any = false;
        for (TermExpander.Piece piece : pieces) {
            Optional<Query> q = pieceQuery(piece, term.titleOnly());
            if (q.isEmpty()) {
                continue;
            }
            any = true;
            b.addGroup(q.get(), false);
            if (!term.titleOnly()) {
                if (!piece.english().isEmpty()) {
                    b.nearEnglish.add(piece.english().get(0));
                }
                if (!piece.chinese().isEmpty()) {
                    b.nearChinese.add(piece.chinese().get(0));
                }
            }
        }
        if (!any) {
            b.notes.add("nothing searchable in " + term.render());
        }
    }

    /** Every piece of a term (a phrase, an excluded or an OR-ed word) must match. */
    private Optional<Query> allPieces(List<TermExpander.Piece> pieces, boolean titleOnly) {
        List<Query> queries = pieces.stream().map(p -> pieceQuery(p, titleOnly)).flatMap(Optional::stream).toList();
        if (queries.size() <= 1) {
            return queries.stream().findFirst();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        queries.forEach(q -> all.add(q, Occur.MUST));
        return Optional.of(all.build());
    }

    /**
     * One piece over every field it may match: English texts in English fields, Chinese texts in Chinese fields. The
     * alternatives are joined by a disjunction-max, so a piece scores as its best alternative: 易地扶贫搬迁 has four
     * overlapping English targets (relocation, ex-situ relocation, ...) and must not outweigh the other pieces by
     * matching each of them.
     */
    private Optional<Query> pieceQuery(TermExpander.Piece piece, boolean titleOnly) {
        List<Query> alternatives = new ArrayList<>();
        for (String text : piece.english()) {
            Optional<Query> q = alternative(english, Schema.TITLE_EN, Schema.BODY_EN, text, titleOnly);
            // A province name (typed, or translated from 贵州) also matches that province's sections, whose text
            // rarely repeats the name; a ranking term, not a filter.
            Optional<Province> province = titleOnly ? Optional.empty() : Province.byName(text);
            if (province.isPresent()) {
                Query inProvince = new BoostQuery(new TermQuery(new Term(Schema.PROVINCE, province.get().english())),
                        PROVINCE_BOOST);
                q = disjunction(q.isPresent() ? List.of(q.get(), inProvince) : List.of(inProvince));
            }
            q.ifPresent(alternatives::add);
        }
        for (String text : piece.chinese()) {
            alternative(chinese, Schema.TITLE_ZH, Schema.BODY_ZH, text, titleOnly).ifPresent(alternatives::add);
        }
        // Two glossary terms may translate to the same English (龙头企业 and 扶贫龙头企业 both give "leading
        // enterprises"); a disjunction-max scores identical alternatives once anyway, but would match each of them.
        alternatives = alternatives.stream().distinct().collect(Collectors.toCollection(ArrayList::new));
        if (alternatives.size() <= 1) {
            return alternatives.stream().findFirst();
        }
        return Optional.of(new DisjunctionMaxQuery(alternatives, 0f));
    }

    /** One alternative text in a title (boosted) and, unless title-only, a body field. */
    private static Optional<Query> alternative(QueryBuilder builder, String title, String body, String text,
                                               boolean titleOnly) {
        List<Query> clauses = new ArrayList<>();
        field(builder, title, text, TITLE_BOOST, 0).ifPresent(clauses::add);
        if (!titleOnly) {
            field(builder, body, text, 1f, 0).ifPresent(clauses::add);
        }
        return disjunction(clauses);
    }

    /**
     * The pieces close together, per language (the English words or translations in the English fields, the Chinese
     * terms in the Chinese fields); only where a language has two or more of them.
     */
    private Optional<Query> nearPhrase(Build b) {
        List<Query> clauses = new ArrayList<>();
        if (b.nearEnglish.size() >= 2) {
            String text = String.join(" ", b.nearEnglish);
            near(englishNear, Schema.TITLE_EN, text, TITLE_BOOST).ifPresent(clauses::add);
            near(englishNear, Schema.BODY_EN, text, 1f).ifPresent(clauses::add);
        }
        if (b.nearChinese.size() >= 2) {
            String text = String.join(" ", b.nearChinese);
            near(chinese, Schema.TITLE_ZH, text, TITLE_BOOST).ifPresent(clauses::add);
            near(chinese, Schema.BODY_ZH, text, 1f).ifPresent(clauses::add);
        }
        return disjunction(clauses).map(q -> new BoostQuery(q, NEAR_PHRASE_BOOST));
    }

    private static Optional<Query> near(QueryBuilder builder, String field, String text, float boost) {
        // A single word left after analysis is no proximity evidence; the word's own clause already scores it.
        return field(builder, field, text, boost, NEAR_PHRASE_SLOP)
                .filter(q -> !(unboost(q) instanceof TermQuery) && !(unboost(q) instanceof SynonymQuery));
    }

    private static Query unboost(Query q) {
        return q instanceof BoostQuery b ? b.getQuery() : q;
    }

    /**
     * A single plain word becomes a boolean query over its token graph (synonyms, with multi-word synonyms as
     * phrases); anything longer (a phrase, a translation, a hyphenated word) becomes a phrase query, with stop-word
     * gaps respected. Empty when the text analyses to nothing.
     */
    private static Optional<Query> field(QueryBuilder builder, String field, String text, float boost, int slop) {
        boolean word = slop == 0 && !GlossaryExpander.containsHan(text)
                && text.codePoints().allMatch(Character::isLetterOrDigit);
        Query query = word ? builder.createBooleanQuery(field, text, Occur.MUST)
                : builder.createPhraseQuery(field, text, slop);
        if (query == null) {
            return Optional.empty();
        }
        return Optional.of(boost == 1f ? query : new BoostQuery(query, boost));
    }

    private static Optional<Query> disjunction(List<Query> clauses) {
        if (clauses.isEmpty()) {
            return Optional.empty();
        }
        if (clauses.size() == 1) {
            return Optional.of(clauses.get(0));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        clauses.forEach(q -> any.add(q, Occur.SHOULD));
        return Optional.of(any.build());
    }
}
