package org.fupin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.fupin.index.Analyzers;
import org.fupin.index.Schema;

/**
 * Turns a {@link UserQuery} into a Lucene query. Each term searches the English and Chinese title (boosted) and body
 * fields, analysed with that field's analyzer; words are optional (partial matches are found) and two boosted extras
 * lift sections that contain all the words and that contain them close together. Quoted phrases are required,
 * excluded terms prohibited. Only term and phrase queries are built: no wildcard, fuzzy or regex query can arise.
 */
public final class LuceneQueryBuilder {

    /** A field searched for every term, with its boost. */
    private record WeightedField(String name, float boost, boolean title, Analyzer analyzer) {
    }

    /**
     * The query to run plus what the user should be told about it.
     *
     * @param query        the Lucene query (match-all when nothing searchable remains)
     * @param parsed       the user query, with notes about terms that had nothing searchable in them
     * @param translations expansions applied to the user's terms
     */
    public record Built(Query query, UserQuery parsed, List<Translation> translations) {

        public Built {
            translations = List.copyOf(translations);
        }
    }

    private static final float TITLE_BOOST = 3f;
    private static final float ALL_WORDS_BOOST = 2f;
    private static final float NEAR_PHRASE_BOOST = 2f;
    private static final int NEAR_PHRASE_SLOP = 3;

    private final List<WeightedField> fields;
    private final TermExpander expander;

    /** A builder that expands every term with {@code expander}. */
    public LuceneQueryBuilder(TermExpander expander) {
        Analyzer english = Analyzers.english();
        Analyzer chinese = Analyzers.chinese();
        this.fields = List.of(
                new WeightedField(Schema.TITLE_EN, TITLE_BOOST, true, english),
                new WeightedField(Schema.BODY_EN, 1f, false, english),
                new WeightedField(Schema.TITLE_ZH, TITLE_BOOST, true, chinese),
                new WeightedField(Schema.BODY_ZH, 1f, false, chinese));
        this.expander = expander;
    }

    /** Builds the query; never throws for any user query. */
    public Built build(UserQuery userQuery) {
        UserQuery parsed = userQuery;
        List<Translation> translations = new ArrayList<>();
        BooleanQuery.Builder main = new BooleanQuery.Builder();
        List<Query> groupQueries = new ArrayList<>();
        boolean required = false;
        for (UserQuery.Group group : userQuery.groups()) {
            Optional<Query> q = groupQuery(group, translations);
            if (q.isEmpty()) {
                parsed = parsed.withNote("nothing searchable in " + group.render());
                continue;
            }
            groupQueries.add(q.get());
            main.add(q.get(), group.required() ? Occur.MUST : Occur.SHOULD);
            required |= group.required();
        }
        if (groupQueries.size() > 1) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            groupQueries.forEach(q -> all.add(q, Occur.MUST));
            main.add(new BoostQuery(all.build(), ALL_WORDS_BOOST), Occur.SHOULD);
        }
        nearPhrase(userQuery).ifPresent(q -> main.add(q, Occur.SHOULD));
        if (groupQueries.isEmpty()) {
            main.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (UserQuery.Term term : userQuery.excluded()) {
            Optional<Query> q = termQuery(term, translations);
            if (q.isPresent()) {
                main.add(q.get(), Occur.MUST_NOT);
            } else {
                parsed = parsed.withNote("nothing searchable in -" + term.render());
            }
        }
        if (!required && !groupQueries.isEmpty()) {
            main.setMinimumNumberShouldMatch(1);
        }
        return new Built(main.build(), parsed, translations);
    }

    private Optional<Query> groupQuery(UserQuery.Group group, List<Translation> translations) {
        List<Query> alternatives = new ArrayList<>();
        for (UserQuery.Term term : group.alternatives()) {
            termQuery(term, translations).ifPresent(alternatives::add);
        }
        return disjunction(alternatives);
    }

    /** One term over every field it may match, in every expansion. */
    private Optional<Query> termQuery(UserQuery.Term term, List<Translation> translations) {
        TermExpander.Expansion expansion = expander.expand(term);
        translations.addAll(expansion.translations());
        List<Query> clauses = new ArrayList<>();
        for (String text : expansion.alternatives()) {
            for (WeightedField field : fields) {
                if (term.titleOnly() && !field.title()) {
                    continue;
                }
                analysedQuery(field, text, 0).ifPresent(clauses::add);
            }
        }
        return disjunction(clauses);
    }

    /** The plain words of the query close together, over titles and bodies; only for two or more words. */
    private Optional<Query> nearPhrase(UserQuery userQuery) {
        List<String> words = userQuery.groups().stream()
                .filter(g -> g.alternatives().size() == 1)
                .map(g -> g.alternatives().get(0))
                .filter(t -> !t.phrase() && !t.titleOnly())
                .map(UserQuery.Term::text)
                .toList();
        if (words.size() < 2) {
            return Optional.empty();
        }
        String text = String.join(" ", words);
        List<Query> clauses = new ArrayList<>();
        for (WeightedField field : fields) {
            analysedQuery(field, text, NEAR_PHRASE_SLOP).filter(q -> !(unboost(q) instanceof TermQuery))
                    .ifPresent(clauses::add);
        }
        return disjunction(clauses).map(q -> new BoostQuery(q, NEAR_PHRASE_BOOST));
    }

    private static Query unboost(Query q) {
        return q instanceof BoostQuery b ? b.getQuery() : q;
    }

    /** A term query for one token, a phrase query for several (respecting stop-word gaps), empty for none. */
    private static Optional<Query> analysedQuery(WeightedField field, String text, int slop) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
        Term first = null;
        int count = 0;
        try (TokenStream stream = field.analyzer().tokenStream(field.name(), text)) {
            CharTermAttribute chars = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increments = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += Math.max(1, increments.getPositionIncrement());
                Term term = new Term(field.name(), chars.toString());
                phrase.add(term, position);
                if (first == null) {
                    first = term;
                }
                count++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
        if (count == 0) {
            return Optional.empty();
        }
        Query query = count == 1 ? new TermQuery(first) : phrase.build();
        return Optional.of(field.boost() == 1f ? query : new BoostQuery(query, field.boost()));
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
