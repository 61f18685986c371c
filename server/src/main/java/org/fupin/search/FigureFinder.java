package org.fupin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import org.fupin.figures.Qualifier;
import org.fupin.figures.StoredFigure;
import org.fupin.figures.StoredFigures;
import org.fupin.index.Analyzers;
import org.fupin.index.Schema;
import org.fupin.query.Concept;
import org.fupin.query.LuceneQueryBuilder;

/**
 * Finds the figures that answer a question. The sections come from the search's own matching and ranking (so a
 * figure question and a search agree on what is relevant); each figure stored with those sections is then scored by
 * which of the query's concepts its measure and its sentence contain, matched with the very concept queries in a
 * {@link MemoryIndex}, so "还款率" finds "repayment rate" through the same translations as the search does.
 */
final class FigureFinder {

    /** The best-ranked sections read for figures; the seeds' 450 sections state about 3,000 figures. */
    static final int MAX_SECTIONS = 300;
    /** A concept in the measure counts this many times one found only elsewhere in the sentence. */
    private static final double MEASURE_WEIGHT = 2;

    private final Analyzer analyzer = Analyzers.forIndexing();

    /**
     * The figures of the sections {@code built} matches, best {@code size} first.
     *
     * @param filtered a query restricted to {@code request}'s facet filters, exactly as the search restricts it
     */
    FiguresResponse find(
            IndexSearcher searcher,
            LuceneQueryBuilder.Built built,
            UnaryOperator<Query> filtered,
            SearchRequest request,
            int size,
            long started)
            throws IOException {
        TopDocs top = searcher.search(filtered.apply(built.ranking()), MAX_SECTIONS);
        if (top.scoreDocs.length == 0 && built.hasPartial()) {
            // No section has every concept: the nearest sections may still state the figure asked for.
            top = searcher.search(filtered.apply(built.partialMatching()), MAX_SECTIONS);
        }
        List<Concept> concepts = built.concepts();
        double[] weights = weights(searcher, concepts);
        List<Scored> scored = new ArrayList<>();
        for (int rank = 0; rank < top.scoreDocs.length; rank++) {
            int doc = top.scoreDocs[rank].doc;
            List<StoredFigure> figures = storedFigures(searcher, doc);
            if (figures.isEmpty()) {
                continue;
            }
            StoredSection section = StoredSection.read(searcher, doc);
            String field = Schema.bodyField(section.language());
            Map<Integer, double[]> sentenceScores = new HashMap<>();
            for (StoredFigure f : figures) {
                int from = f.sentenceStart();
                int to = f.sentenceEnd();
                if (from < 0 || to > section.body().length() || from >= to) {
                    continue; // the stored body and figures come from one build; a mismatch is skipped, not shown
                }
                String measure = f.measure();
                double[] inSentence = sentenceScores.computeIfAbsent(
                        from, k -> matched(concepts, field, section.body().substring(from, to)));
                double[] inMeasure = matched(concepts, field, measure);
                double score = 0;
                for (int c = 0; c < concepts.size(); c++) {
                    score += weights[c] * (inMeasure[c] > 0 ? MEASURE_WEIGHT : inSentence[c] > 0 ? 1 : 0);
                }
                if (score > 0) {
                    scored.add(new Scored(score, rank, f.spanStart(), doc, section, f, from, to));
                }
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score)
                .reversed()
                .thenComparingInt(Scored::rank)
                .thenComparingInt(Scored::position));
        List<FigureRow> rows = new ArrayList<>();
        Query marks = built.anyConcept();
        for (Scored s : scored.subList(0, Math.min(size, scored.size()))) {
            rows.add(row(s, marks));
        }
        return new FiguresResponse(
                request.q(),
                built.parsed(),
                top.scoreDocs.length,
                scored.size(),
                (System.nanoTime() - started) / 1_000_000,
                rows,
                FiguresResponse.group(rows));
    }

    /** The figures stored with section {@code doc}; none when it states none. */
    private static List<StoredFigure> storedFigures(IndexSearcher searcher, int doc) throws IOException {
        IndexableField field =
                searcher.storedFields().document(doc, Set.of(Schema.FIGURES)).getField(Schema.FIGURES);
        if (field == null) {
            return List.of();
        }
        BytesRef bytes = field.binaryValue();
        if (bytes == null) {
            // Schema version 2 stored the figures as JSON text; this server reads only the binary form.
            throw SearchException.unprocessable("the index was built by an older version (figures stored as JSON,"
                    + " schema version 2); rebuild it with this version's `index` command to answer figure questions");
        }
        return StoredFigures.read(bytes.bytes, bytes.offset, bytes.length);
    }

    /** One matching figure before it becomes a row. */
    private record Scored(
            double score,
            int rank,
            int position,
            int doc,
            StoredSection section,
            StoredFigure figure,
            int sentenceFrom,
            int sentenceTo) {}

    /**
     * How informative each concept is (inverse section frequency): in "mutual funds repayment rate" a figure whose
     * measure is the rarer "repayment rate" ranks above one about "mutual funds".
     */
    private static double[] weights(IndexSearcher searcher, List<Concept> concepts) throws IOException {
        int n = searcher.getIndexReader().numDocs();
        double[] out = new double[concepts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.log(1 + (n + 1.0) / (searcher.count(concepts.get(i).query()) + 1.0));
        }
        return out;
    }

    /** For each concept, above zero when {@code text} read as {@code field} matches it. */
    private double[] matched(List<Concept> concepts, String field, String text) {
        MemoryIndex memory = new MemoryIndex();
        memory.addField(field, text, analyzer);
        double[] out = new double[concepts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = memory.search(concepts.get(i).query());
        }
        return out;
    }

    private FigureRow row(Scored s, Query marks) throws IOException {
        StoredSection section = s.section();
        StoredFigure f = s.figure();
        String body = section.body();
        String sentence = body.substring(s.sentenceFrom(), s.sentenceTo());
        int spanFrom = f.spanStart();
        int spanTo = f.spanEnd();
        String text = spanFrom >= s.sentenceFrom() && spanTo <= s.sentenceTo() && spanFrom < spanTo
                ? body.substring(spanFrom, spanTo)
                : "";
        return new FigureRow(
                section.province(),
                section.provinceZh(),
                section.year(),
                f.measure(),
                f.value(),
                f.unit().label(),
                f.qualifier() == Qualifier.NONE ? "" : f.qualifier().label(),
                text,
                sentence,
                sentenceHtml(Schema.bodyField(section.language()), sentence, marks),
                section.id(),
                section.title(),
                section.citation(),
                Math.round(s.score() * 1000) / 1000.0);
    }

    /** The sentence escaped with the query's terms marked, through the same formatter as the search's snippets. */
    private String sentenceHtml(String field, String sentence, Query marks) throws IOException {
        MemoryIndex memory = new MemoryIndex(true);
        memory.addField(field, sentence, analyzer);
        IndexSearcher one = memory.createSearcher();
        UnifiedHighlighter highlighter = new OneText(
                UnifiedHighlighter.builder(one, analyzer)
                        .withFormatter(new EscapingPassageFormatter(Integer.MAX_VALUE))
                        .withBreakIterator(WholeBreakIterator::new)
                        // Term-by-term marks, as in the search's snippets.
                        .withWeightMatches(false),
                sentence);
        TopDocs doc = new TopDocs(new TotalHits(1, TotalHits.Relation.EQUAL_TO), new ScoreDoc[] {new ScoreDoc(0, 1)});
        String[] html = highlighter.highlight(field, marks, doc, 1);
        return html.length == 1 && html[0] != null ? html[0] : Html.escape(sentence);
    }

    /** A highlighter over one in-memory document whose text it is given (a memory index stores none). */
    private static final class OneText extends UnifiedHighlighter {
        private final String text;

        OneText(Builder builder, String text) {
            super(builder);
            this.text = text;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CharSequence[] texts = new CharSequence[fields.length];
                Arrays.fill(texts, text);
                values.add(texts);
            }
            return values;
        }
    }
}
