package org.fupin.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.fupin.index.Analyzers;
import org.fupin.index.Schema;
import org.fupin.query.bilingual.QueryAnalyzers;
import org.fupin.query.bilingual.Scripts;
import org.fupin.vocab.Province;

/**
 * The Lucene query of one concept. The typed text (for a Chinese word: the Chinese text and its main English
 * translation) is the <em>primary</em> evidence; synonyms, further translations and Chinese terms for English words
 * are <em>secondary</em> and weigh {@link #EXPANSION_WEIGHT} of it, so a section with the typed words outranks one that
 * has only an expansion, even in its heading. The two are joined by a disjunction-max: a section scores as its best
 * evidence, not as the sum of every synonym it contains.
 */
final class ConceptQueries {

    /** Heading matches weigh more than body matches: a heading says what the whole section is about. */
    static final float TITLE_BOOST = 1f;
    /** The weight of expansions relative to the typed text. */
    static final float EXPANSION_WEIGHT = 0.3f;
    /** A province named in the query also matches that province's sections, whose text rarely repeats the name. */
    static final float PROVINCE_BOOST = 2f;

    private final QueryBuilder english = new QueryBuilder(Analyzers.english());
    private final QueryBuilder englishSynonyms = new QueryBuilder(QueryAnalyzers.englishWithSynonyms());
    private final QueryBuilder chinese = new QueryBuilder(Analyzers.chinese());

    ConceptQueries() {
        // "petty loans" as a synonym of microcredit must match as a phrase, not as two loose words.
        englishSynonyms.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /**
     * Words of an unquoted English term or translation may stand this many positions apart, in any order ("training
     * under the Rain Plan" for Rain Plan training, "incidence of poverty" for 贫困发生率); a quoted phrase is exact.
     */
    static final int LOOSE_SLOP = 4;

    /**
     * The query of one piece (a word, phrase or glossary term with its expansions); empty when nothing is searchable.
     * {@code exact} is true for a quoted phrase, whose English words must stand together as typed.
     */
    Optional<Query> piece(TermExpander.Piece piece, boolean titleOnly, boolean exact, TermStats stats) {
        int slop = exact ? 0 : LOOSE_SLOP;
        List<Query> primary = new ArrayList<>();
        List<Query> secondary = new ArrayList<>();
        String original = piece.original();
        if (Scripts.containsHan(original)) {
            text(chinese, Schema.TITLE_ZH, Schema.BODY_ZH, original, titleOnly).ifPresent(primary::add);
            if (!piece.english().isEmpty()) {
                String main = piece.english().get(0);
                englishTyped(main, titleOnly, slop).ifPresent(primary::add);
                text(englishSynonyms, Schema.TITLE_EN, Schema.BODY_EN, main, titleOnly)
                        .ifPresent(secondary::add);
                piece.english().stream()
                        .skip(1)
                        .forEach(t -> englishTyped(t, titleOnly, slop).ifPresent(secondary::add));
            }
            piece.chinese().stream()
                    .filter(t -> !t.equals(original))
                    .forEach(t -> text(chinese, Schema.TITLE_ZH, Schema.BODY_ZH, t, titleOnly)
                            .ifPresent(secondary::add));
        } else {
            englishTyped(original, titleOnly, slop).ifPresent(primary::add);
            // A common word alone (poor, funds, rate) is searched as typed: its synonyms would outweigh the question.
            if (!stats.isCommon(original)) {
                text(englishSynonyms, Schema.TITLE_EN, Schema.BODY_EN, original, titleOnly)
                        .ifPresent(secondary::add);
                piece.english().stream()
                        .filter(t -> !t.equals(original) && !broadens(original, t))
                        .forEach(t -> englishTyped(t, titleOnly, slop).ifPresent(secondary::add));
                piece.chinese()
                        .forEach(t -> text(chinese, Schema.TITLE_ZH, Schema.BODY_ZH, t, titleOnly)
                                .ifPresent(secondary::add));
            } else {
                // English text in Chinese reports is still found, as typed.
                text(chinese, Schema.TITLE_ZH, Schema.BODY_ZH, original, titleOnly)
                        .ifPresent(secondary::add);
            }
        }
        return combine(distinct(primary), distinct(secondary));
    }

    /**
     * True when {@code expansion} is one word standing for a term of several ({@code loans} for {@code discount
     * loans}, {@code industrialization} for {@code industrial poverty alleviation}, both other English targets of the
     * term's Chinese words): it would match every section with that word, which is not the concept asked for.
     */
    private static boolean broadens(String typed, String expansion) {
        return typed.strip().contains(" ") && !expansion.strip().contains(" ");
    }

    /** English text as typed (no synonyms) in the English fields, plus the province it names. */
    private Optional<Query> englishTyped(String text, boolean titleOnly, int slop) {
        Optional<Query> typed = text(english, Schema.TITLE_EN, Schema.BODY_EN, text, titleOnly, slop);
        Optional<Province> province = titleOnly ? Optional.empty() : Province.byName(text);
        if (province.isEmpty()) {
            return typed;
        }
        Query inProvince = new BoostQuery(
                new TermQuery(new Term(Schema.PROVINCE, province.get().english())), PROVINCE_BOOST);
        List<Query> both = new ArrayList<>();
        typed.ifPresent(both::add);
        both.add(inProvince);
        return any(both);
    }

    private static Optional<Query> combine(List<Query> primary, List<Query> secondary) {
        Optional<Query> first = any(primary);
        // An expansion equal to the typed text (a word without synonyms) adds nothing.
        List<Query> rest = secondary.stream()
                .filter(q -> first.isEmpty() || !q.equals(first.get()) && !primary.contains(q))
                .toList();
        Optional<Query> second = any(rest).map(q -> new BoostQuery(q, EXPANSION_WEIGHT));
        if (first.isEmpty()) {
            return second;
        }
        if (second.isEmpty()) {
            return first;
        }
        return Optional.of(new DisjunctionMaxQuery(List.of(first.get(), second.get()), 0f));
    }

    /** One text in a heading field (boosted) and, unless heading-only, a body field; empty when it analyses to nothing. */
    static Optional<Query> text(QueryBuilder builder, String title, String body, String text, boolean titleOnly) {
        return text(builder, title, body, text, titleOnly, 0);
    }

    /** As {@link #text(QueryBuilder, String, String, String, boolean)}, a phrase allowing {@code slop}. */
    static Optional<Query> text(
            QueryBuilder builder, String title, String body, String text, boolean titleOnly, int slop) {
        List<Query> clauses = new ArrayList<>();
        field(builder, title, text, slop)
                .map(q -> (Query) new BoostQuery(q, TITLE_BOOST))
                .ifPresent(clauses::add);
        if (!titleOnly) {
            field(builder, body, text, slop).ifPresent(clauses::add);
        }
        return any(clauses);
    }

    /**
     * A single plain word becomes a boolean query over its token graph (synonyms, with multi-word synonyms as
     * phrases); anything longer (a phrase, a translation, a hyphenated word) becomes a phrase query, with stop-word
     * gaps respected. Empty when the text analyses to nothing.
     */
    static Optional<Query> field(QueryBuilder builder, String field, String text, int slop) {
        boolean word = !Scripts.containsHan(text) && text.codePoints().allMatch(Character::isLetterOrDigit);
        Query query = word
                ? builder.createBooleanQuery(field, text, Occur.MUST)
                : builder.createPhraseQuery(field, text, slop);
        return Optional.ofNullable(query);
    }

    /** The clauses joined by OR; empty for none, the clause itself for one. */
    static Optional<Query> any(List<Query> clauses) {
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

    private static List<Query> distinct(List<Query> queries) {
        return queries.stream().distinct().collect(Collectors.toCollection(ArrayList::new));
    }
}
