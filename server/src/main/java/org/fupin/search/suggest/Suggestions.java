package org.fupin.search.suggest;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.suggest.Lookup;
import org.fupin.index.Analyzers;
import org.fupin.query.bilingual.Glossary;
import org.fupin.search.IndexHandle;
import org.fupin.search.SearchException;
import org.fupin.vocab.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suggestions as you type and did-you-mean over the served index. The {@link Vocabulary} behind both is built from
 * the glossary and the index when first needed and again whenever the index handle shows a new generation (after a
 * re-index), so suggestions never name sections that are gone. Thread-safe; one build at a time.
 */
public final class Suggestions implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(Suggestions.class);

    /** Suggestions complete a short phrase; longer text is refused rather than looked up word by word. */
    public static final int MAX_CHARS = 100;
    /** The most suggestions one request may ask for, and the default. */
    public static final int MAX_SIZE = 20;

    public static final int DEFAULT_SIZE = 8;
    /** A completion of the last few words is tried when the whole text matches nothing. */
    private static final int MAX_TAIL_WORDS = 3;

    private final IndexHandle index;
    private final Glossary glossary;
    private final Analyzer english = Analyzers.english();
    private final Object building = new Object();
    private volatile Vocabulary current;

    /** Suggestions over {@code index} and {@code glossary} (the one the searches translate with). */
    public Suggestions(IndexHandle index, Glossary glossary) {
        this.index = index;
        this.glossary = glossary;
    }

    /** Builds the vocabulary of the current index generation now, so that the first keystroke does not wait. */
    public void warm() throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            Vocabulary v = vocabularyFor(searcher.getIndexReader());
            v.release();
        } finally {
            index.release(searcher);
        }
    }

    /**
     * Up to {@code size} completions of {@code q}: entries containing every typed word (the last as a prefix), those
     * that begin with the text first; when none contains them all, completions of the last one to three words, kept
     * after the words before them. {@code lang} orders equally good suggestions (its language first).
     */
    public SuggestResponse suggest(String q, Language lang, int size) throws IOException {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_CHARS) {
            throw SearchException.badRequest("q is " + text.length() + " characters long; suggestions complete at"
                    + " most " + MAX_CHARS + " characters");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw SearchException.badRequest("size must be a whole number from 1 to " + MAX_SIZE);
        }
        if (text.isEmpty()) {
            return new SuggestResponse(q == null ? "" : q, List.of());
        }
        return withVocabulary(v -> {
            Map<String, Suggestion> out = new LinkedHashMap<>();
            add(out, v, "", text, lang, size);
            String[] words = text.split("\\s+");
            for (int tail = Math.min(MAX_TAIL_WORDS, words.length - 1); tail >= 1 && out.size() < size; tail--) {
                String head = String.join(" ", List.of(words).subList(0, words.length - tail));
                String rest = String.join(" ", List.of(words).subList(words.length - tail, words.length));
                add(out, v, head + " ", rest, lang, size);
            }
            return new SuggestResponse(q, new ArrayList<>(out.values()));
        });
    }

    /** Adds completions of {@code typed}, each searched after {@code head}, until there are {@code size}. */
    private static void add(
            Map<String, Suggestion> out, Vocabulary v, String head, String typed, Language lang, int size)
            throws IOException {
        String lower = typed.toLowerCase(Locale.ROOT);
        // Fetch more than needed: the suggester orders by weight alone, and those beginning with the text go first.
        List<VocabularyEntry> found = new ArrayList<>();
        for (Lookup.LookupResult r : v.lookup(typed, Math.max(50, size * 5))) {
            VocabularyEntry e = v.entry(r.key.toString());
            if (e != null && !e.text().equalsIgnoreCase(typed)) {
                found.add(e);
            }
        }
        found.sort(Comparator.comparing((VocabularyEntry e) ->
                        !e.text().toLowerCase(Locale.ROOT).startsWith(lower))
                .thenComparing(
                        Comparator.comparingLong(VocabularyEntry::sections).reversed())
                .thenComparing(e -> e.language() != lang)
                .thenComparingInt(e -> e.text().length())
                .thenComparing(VocabularyEntry::text));
        for (VocabularyEntry e : found) {
            if (out.size() >= size) {
                return;
            }
            String query = head + e.text();
            out.putIfAbsent(
                    query.toLowerCase(Locale.ROOT),
                    new Suggestion(e.text(), e.counterpart(), e.kind(), query, e.sections()));
        }
    }

    /**
     * Did you mean: {@code q} with each English word that no section contains (or that at most three do, while a
     * word one or two edits away is in ten times as many) replaced by that word, taken from the glossary and the
     * headings; null when nothing needs correcting. {@code mutal funds repaymnet rate} gives
     * {@code mutual funds repayment rate}.
     */
    public String didYouMean(String q) throws IOException {
        if (q == null || q.isBlank()) {
            return null;
        }
        IndexSearcher searcher = index.acquire();
        try {
            IndexReader corpus = searcher.getIndexReader();
            Vocabulary v = vocabularyFor(corpus);
            try {
                return SpellingCorrector.correct(q, v, corpus, english);
            } finally {
                v.release();
            }
        } finally {
            index.release(searcher);
        }
    }

    /** Work done with a vocabulary of the current generation. */
    @FunctionalInterface
    private interface VocabularyWork<T> {
        T apply(Vocabulary vocabulary) throws IOException;
    }

    private <T> T withVocabulary(VocabularyWork<T> work) throws IOException {
        IndexSearcher searcher = index.acquire();
        Vocabulary v;
        try {
            v = vocabularyFor(searcher.getIndexReader());
        } finally {
            index.release(searcher);
        }
        try {
            return work.apply(v);
        } finally {
            v.release();
        }
    }

    /** The vocabulary of {@code reader}'s generation, acquired (release it), built first when it is new. */
    private Vocabulary vocabularyFor(IndexReader reader) throws IOException {
        IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
        Vocabulary v = current;
        if (v != null && v.generation() == key && v.acquire()) {
            return v;
        }
        synchronized (building) {
            v = current;
            // A request still holding the previous generation's searcher must not rebuild the older vocabulary.
            if (v == null || v.generation() != key && commitGeneration(reader) >= v.commitGeneration()) {
                long started = System.nanoTime();
                Vocabulary built = Vocabulary.build(reader, glossary);
                LOG.info(
                        "suggestions: {} entries from index commit {} in {} ms",
                        built.size(),
                        commitGeneration(reader),
                        (System.nanoTime() - started) / 1_000_000);
                current = built;
                if (v != null) {
                    v.release(); // closes once the lookups still using it are done
                }
                v = built;
            }
            if (!v.acquire()) {
                throw new IllegalStateException("the current vocabulary was closed");
            }
            return v;
        }
    }

    /** The commit generation {@code reader} shows; generations only grow in one index folder. */
    static long commitGeneration(IndexReader reader) throws IOException {
        return reader instanceof DirectoryReader dr ? dr.getIndexCommit().getGeneration() : 0;
    }

    @Override
    public void close() throws IOException {
        synchronized (building) {
            Vocabulary v = current;
            current = null;
            if (v != null) {
                v.release();
            }
        }
        english.close();
    }
}
