package org.fupin.search.suggest;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.fupin.query.bilingual.Glossary;

/**
 * What one index generation offers to complete and to correct: an {@link AnalyzingInfixSuggester} over the
 * {@link VocabularySources} entries, and a small index of their English words (the spelling dictionary, one document
 * per entry) for {@link org.apache.lucene.search.spell.DirectSpellChecker}. Both live in memory
 * ({@link ByteBuffersDirectory}); a generation is closed once it is replaced and no lookup holds it.
 */
final class Vocabulary implements Closeable {

    /** The spelling dictionary's one field: the entry's words as written, lower-cased, not stemmed. */
    static final String WORD = "word";

    private final IndexReader.CacheKey generation;
    private final long commitGeneration;
    private final Map<String, VocabularyEntry> byText = new HashMap<>();
    private final Set<String> knownWords = new HashSet<>();
    private final Set<String> knownPhrases = new HashSet<>();
    private final ByteBuffersDirectory suggestDir = new ByteBuffersDirectory();
    private final ByteBuffersDirectory wordsDir = new ByteBuffersDirectory();
    private final Analyzer surface = surfaceWords();
    private final AnalyzingInfixSuggester suggester;
    private final DirectoryReader words;
    /** One reference for being current, one per lookup in progress. */
    private final AtomicInteger refs = new AtomicInteger(1);

    private Vocabulary(IndexReader.CacheKey generation, long commitGeneration, List<VocabularyEntry> entries)
            throws IOException {
        this.generation = generation;
        this.commitGeneration = commitGeneration;
        entries.forEach(e -> byText.put(e.text(), e));
        // Prefixes shorter than 4 characters are matched with a prefix query, longer ones with indexed edge n-grams;
        // every typed word must occur in a suggestion; no highlighting (the page marks the typed text itself).
        suggester = new AnalyzingInfixSuggester(
                suggestDir,
                surface,
                surface,
                AnalyzingInfixSuggester.DEFAULT_MIN_PREFIX_CHARS,
                false,
                true,
                false,
                true);
        suggester.build(new Entries(entries));
        try (IndexWriter writer = new IndexWriter(wordsDir, new IndexWriterConfig(surface))) {
            for (VocabularyEntry e : entries) {
                if (e.language() == org.fupin.vocab.Language.EN) {
                    Document doc = new Document();
                    doc.add(new TextField(WORD, e.text(), Field.Store.NO));
                    writer.addDocument(doc);
                    List<String> tokens = VocabularySources.words(surface, e.text());
                    knownWords.addAll(tokens);
                    for (int i = 0; i + 1 < tokens.size(); i++) {
                        knownPhrases.add(tokens.get(i) + " " + tokens.get(i + 1));
                    }
                }
            }
        }
        words = DirectoryReader.open(wordsDir);
    }

    /** Builds the vocabulary of the index generation {@code reader} shows. */
    static Vocabulary build(IndexReader reader, Glossary glossary) throws IOException {
        return new Vocabulary(
                reader.getReaderCacheHelper().getKey(),
                Suggestions.commitGeneration(reader),
                VocabularySources.collect(reader, glossary));
    }

    /** Lower-cased words split on Unicode word boundaries (each Chinese character a word), never stemmed. */
    static Analyzer surfaceWords() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /** The index generation this vocabulary was built from. */
    IndexReader.CacheKey generation() {
        return generation;
    }

    /** The commit generation of that index generation. */
    long commitGeneration() {
        return commitGeneration;
    }

    /** Entries containing every word of {@code text} (the last one as a prefix), most common first. */
    List<Lookup.LookupResult> lookup(String text, int max) throws IOException {
        return suggester.lookup(text, max, true, false);
    }

    /** The number of entries. */
    int size() {
        return byText.size();
    }

    /** The entry suggested as {@code text}. */
    VocabularyEntry entry(String text) {
        return byText.get(text);
    }

    /** True when {@code word} (lower case) is a word of some English entry: spelt as the glossary or a heading has it. */
    boolean knows(String word) {
        return knownWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when the two words {@code pair} (space-separated) follow each other in some English entry. */
    boolean knowsPhrase(String pair) {
        return knownPhrases.contains(pair.toLowerCase(Locale.ROOT));
    }

    /** The spelling dictionary (field {@link #WORD}). */
    IndexReader words() {
        return words;
    }

    /** Takes a reference for a lookup; false when the vocabulary was already closed. */
    boolean acquire() {
        for (int n = refs.get(); n > 0; n = refs.get()) {
            if (refs.compareAndSet(n, n + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Gives back a reference; the last one closes the vocabulary. */
    void release() throws IOException {
        if (refs.decrementAndGet() == 0) {
            IOUtils.close(suggester, words, suggestDir, wordsDir, surface);
        }
    }

    @Override
    public void close() throws IOException {
        release();
    }

    /** The entries as the suggester reads them: text and weight (the sections that contain it). */
    private static final class Entries implements InputIterator {

        private final Iterator<VocabularyEntry> it;
        private VocabularyEntry current;

        Entries(List<VocabularyEntry> entries) {
            this.it = entries.iterator();
        }

        @Override
        public BytesRef next() {
            if (!it.hasNext()) {
                return null;
            }
            current = it.next();
            return new BytesRef(current.text());
        }

        @Override
        public long weight() {
            return current.sections();
        }

        @Override
        public BytesRef payload() {
            return null;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
