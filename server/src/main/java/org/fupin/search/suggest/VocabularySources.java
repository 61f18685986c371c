package org.fupin.search.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.util.Bits;
import org.fupin.index.Analyzers;
import org.fupin.index.Schema;
import org.fupin.query.bilingual.Glossary;
import org.fupin.query.bilingual.GlossaryEntry;
import org.fupin.vocab.Language;
import org.fupin.vocab.Program;
import org.fupin.vocab.Province;

/**
 * Collects what a reader may be typing, each with the number of sections that contain it in one index generation:
 * the glossary in both directions, province and program names in both languages, and section headings. One entry per
 * text (compared without case); entries no section contains are left out, so a suggestion always finds something.
 */
final class VocabularySources {

    /**
     * Headings are stored fields, read document by document; past this many sections only every n-th section's heading
     * is read, so building stays around a second on a million sections (their headings repeat across provinces).
     */
    static final int MAX_HEADING_READS = 20_000;
    /** Longer headings are sentences the parser took for headings; they make poor suggestions. */
    static final int MAX_HEADING_CHARS = 120;

    private final IndexReader reader;
    private final Analyzer english = Analyzers.english();
    private final Analyzer chinese = Analyzers.chinese();
    private final Map<String, VocabularyEntry> byKey = new LinkedHashMap<>();
    private final IndexSearcher searcher;
    /**
     * Phrases are counted exactly (a phrase search each) for up to two seconds; on a large index the rest are
     * estimated, so a rebuild stays short. On the seed reports all of them take a few milliseconds.
     */
    private final long phraseBudgetEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);

    private VocabularySources(IndexReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
    }

    /** The entries of {@code glossary}, the vocabularies and the headings of {@code reader}, most common first. */
    static List<VocabularyEntry> collect(IndexReader reader, Glossary glossary) throws IOException {
        VocabularySources sources = new VocabularySources(reader);
        try {
            sources.names();
            sources.glossary(glossary);
            sources.headings();
        } finally {
            sources.english.close();
            sources.chinese.close();
        }
        List<VocabularyEntry> out = new ArrayList<>(sources.byKey.values());
        out.sort(Comparator.comparingLong(VocabularyEntry::sections).reversed().thenComparing(VocabularyEntry::text));
        return out;
    }

    private void names() throws IOException {
        for (Province p : Province.values()) {
            long n = reader.docFreq(new Term(Schema.PROVINCE, p.english()));
            add(new VocabularyEntry(p.english(), p.chinese(), "province", Language.EN, n));
            add(new VocabularyEntry(p.chinese(), p.english(), "province", Language.ZH, n));
        }
        for (Program p : Program.values()) {
            long n = reader.docFreq(new Term(Schema.PROGRAM, p.id()));
            add(new VocabularyEntry(p.english(), p.chinese(), "program", Language.EN, n));
            add(new VocabularyEntry(p.chinese(), p.english(), "program", Language.ZH, n));
        }
    }

    /** Each Chinese term with its first English target beside it, and each English target with a Chinese term. */
    private void glossary(Glossary glossary) throws IOException {
        Map<String, List<GlossaryEntry>> byTarget = new HashMap<>();
        Map<String, Long> englishCounts = new HashMap<>();
        List<GlossaryEntry> entries = glossary.entries().stream()
                .sorted(Comparator.comparing(GlossaryEntry::source))
                .toList();
        for (GlossaryEntry entry : entries) {
            for (String target : entry.targets()) {
                byTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(entry);
                englishCounts.computeIfAbsent(target, this::englishSections);
            }
        }
        for (GlossaryEntry entry : entries) {
            long n = sections(chinese, entry.source(), Schema.TITLE_ZH, Schema.BODY_ZH);
            for (String target : entry.targets()) {
                n = Math.max(n, englishCounts.get(target));
            }
            add(new VocabularyEntry(entry.source(), entry.targets().getFirst(), "term", Language.ZH, n));
        }
        for (Map.Entry<String, List<GlossaryEntry>> e : byTarget.entrySet()) {
            // The Chinese term whose first meaning this is, shortest first: 互助资金 for "mutual funds", not 资金互助社.
            GlossaryEntry best = e.getValue().stream()
                    .min(Comparator.comparing(
                                    (GlossaryEntry g) -> !g.targets().getFirst().equals(e.getKey()))
                            .thenComparingInt(g -> g.source().length())
                            .thenComparing(GlossaryEntry::source))
                    .orElseThrow();
            long n = englishCounts.get(e.getKey());
            for (GlossaryEntry g : e.getValue()) {
                n = Math.max(n, sections(chinese, g.source(), Schema.TITLE_ZH, Schema.BODY_ZH));
            }
            add(new VocabularyEntry(e.getKey(), best.source(), "term", Language.EN, n));
        }
    }

    private long englishSections(String text) {
        try {
            return sections(english, text, Schema.TITLE_EN, Schema.BODY_EN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many sections contain {@code text} in the title or body field: exact for one word (the term dictionary),
     * exact for a phrase while the phrase-counting budget lasts, then the count of its rarest word (an upper bound).
     * 0 when a word is absent.
     */
    private long sections(Analyzer analyzer, String text, String titleField, String bodyField) throws IOException {
        List<String> words = words(analyzer, text);
        if (words.isEmpty()) {
            return 0;
        }
        long rarest = Long.MAX_VALUE;
        for (String word : words) {
            long n = Math.max(reader.docFreq(new Term(titleField, word)), reader.docFreq(new Term(bodyField, word)));
            rarest = Math.min(rarest, n);
        }
        if (words.size() == 1 || rarest == 0 || System.nanoTime() > phraseBudgetEnds) {
            return rarest;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(phrase(analyzer, titleField, text), BooleanClause.Occur.SHOULD);
        either.add(phrase(analyzer, bodyField, text), BooleanClause.Occur.SHOULD);
        return searcher.count(either.build());
    }

    /** {@code text} as a phrase of {@code field}, keeping the gaps of removed stop words ("relocation by ..."). */
    private static PhraseQuery phrase(Analyzer analyzer, String field, String text) throws IOException {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                phrase.add(new Term(field, term.toString()), position);
            }
            ts.end();
        }
        return phrase.build();
    }

    /** The indexed words of {@code text} under {@code analyzer}. */
    static List<String> words(Analyzer analyzer, String text) {
        return Analyzers.tokens(analyzer, text);
    }

    /** Distinct headings with the number of sections under each (of the sections read). */
    private void headings() throws IOException {
        int maxDoc = reader.maxDoc();
        int step = Math.max(1, maxDoc / MAX_HEADING_READS);
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Language> languages = new HashMap<>();
        Set<String> fields = Set.of(Schema.TITLE_EN, Schema.TITLE_ZH);
        for (LeafReaderContext leaf : reader.leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            int first = (step - leaf.docBase % step) % step;
            for (int doc = first; doc < leaf.reader().maxDoc(); doc += step) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document d = stored.document(doc, fields);
                String en = d.get(Schema.TITLE_EN);
                String text = clean(en != null ? en : d.get(Schema.TITLE_ZH));
                if (text.isEmpty() || text.length() > MAX_HEADING_CHARS) {
                    continue;
                }
                counts.computeIfAbsent(text, k -> new long[1])[0] += step;
                languages.putIfAbsent(text, en != null ? Language.EN : Language.ZH);
            }
        }
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            add(new VocabularyEntry(e.getKey(), null, "heading", languages.get(e.getKey()), e.getValue()[0]));
        }
    }

    /** Collapses white space, including the no-break spaces some report headings end in. */
    static String clean(String heading) {
        return heading == null
                ? ""
                : heading.replaceAll("[\\s\\u00a0\\u3000]+", " ").strip();
    }

    /**
     * Adds an entry found in some section. Of two that search the same words (same text, or English text that analyses
     * alike: "walnut" and "walnuts"), a name wins over a term over a heading, and of equals the shorter.
     */
    private void add(VocabularyEntry entry) throws IOException {
        if (entry.sections() <= 0 || entry.text().isBlank()) {
            return;
        }
        List<String> stems = entry.language() == Language.EN ? words(english, entry.text()) : List.of();
        String key = stems.isEmpty() ? entry.text().toLowerCase(Locale.ROOT) : "en:" + String.join(" ", stems);
        VocabularyEntry old = byKey.get(key);
        if (old == null) {
            byKey.put(key, entry);
            return;
        }
        VocabularyEntry keep = entry.rank() > old.rank()
                        || entry.rank() == old.rank()
                                && entry.text().length() < old.text().length()
                ? entry
                : old;
        String counterpart = keep.counterpart() != null
                ? keep.counterpart()
                : entry.counterpart() != null ? entry.counterpart() : old.counterpart();
        byKey.put(
                key,
                new VocabularyEntry(
                        keep.text(),
                        counterpart,
                        keep.kind(),
                        keep.language(),
                        Math.max(entry.sections(), old.sections())));
    }
}
