package org.fupin.search.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.fupin.index.Schema;

/**
 * Did you mean: each English word of a query that no section contains (or that few contain while a word one or two
 * edits away is common) is replaced by the closest word of the glossary and the headings that sections do contain.
 * Candidates come from {@link DirectSpellChecker} over the vocabulary's spelling dictionary (words as written, so
 * the suggestion reads as a word, not a stem); the decision uses the counts of the served index.
 */
final class SpellingCorrector {

    /** Plain English words; a word followed by ':' is a field prefix such as {@code title:}. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}_'])[A-Za-z]+(?![\\p{L}\\p{N}_':])");
    /** Operators of the query language, which are not words to correct. */
    private static final List<String> OPERATORS = List.of("OR", "AND", "NOT");
    /** A word in at most this many sections is rare enough to question. */
    static final int RARE = 3;
    /** ... when the correction is in at least this many times as many sections. */
    static final int MORE_COMMON = 10;
    /** Similarity (1 - edits / length) of a correction that needs no phrase to back it: one edit in four letters. */
    static final float CLOSE = 0.7f;

    private SpellingCorrector() {}

    /** A checker per correction: cheap to make, and its settings are mutable state best not shared across threads. */
    private static DirectSpellChecker checker() {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(4);
        checker.setAccuracy(0.5f);
        // Whether the typed word is worth questioning is decided here, from the served index, not from how often
        // the dictionary (one document per glossary term and heading) happens to hold it.
        checker.setMaxQueryFrequency((float) Integer.MAX_VALUE);
        return checker;
    }

    /** {@code q} with its misspelt words corrected, or null when none is. */
    static String correct(String q, Vocabulary vocabulary, IndexReader corpus, Analyzer english) throws IOException {
        if (q == null || q.isBlank()) {
            return null;
        }
        List<MatchResult> found = WORD.matcher(q).results().toList();
        List<String> words =
                new ArrayList<>(found.stream().map(MatchResult::group).toList());
        boolean changed = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (OPERATORS.contains(word) || vocabulary.knows(word)) {
                continue;
            }
            String before = i > 0 ? words.get(i - 1) : null;
            String after = i + 1 < words.size() ? words.get(i + 1) : null;
            String fix = correction(word, before, after, vocabulary, corpus, english);
            if (fix != null) {
                words.set(i, sameCase(word, fix));
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < found.size(); i++) {
            out.append(q, from, found.get(i).start()).append(words.get(i));
            from = found.get(i).end();
        }
        return out.append(q.substring(from)).toString();
    }

    /**
     * The correction of {@code word}, or null. A candidate that forms a known phrase with the word before or after
     * it wins ({@code rane plan} → {@code rain plan}, not {@code rate plan}), even two edits away from a short word;
     * otherwise the closest common enough candidate, if it is close (similarity at least {@link #CLOSE}).
     */
    private static String correction(
            String word, String before, String after, Vocabulary vocabulary, IndexReader corpus, Analyzer english)
            throws IOException {
        long count = sections(word, corpus, english);
        if (count < 0 || count > RARE) {
            return null; // a stop word, or common enough to be meant
        }
        SuggestWord[] candidates = checker()
                .suggestSimilar(
                        new Term(Vocabulary.WORD, word.toLowerCase(Locale.ROOT)),
                        8,
                        vocabulary.words(),
                        SuggestMode.SUGGEST_ALWAYS);
        String closest = null;
        for (SuggestWord candidate : candidates) {
            long n = sections(candidate.string, corpus, english);
            if (n <= 0 || count > 0 && n < MORE_COMMON * count) {
                continue;
            }
            if (before != null && vocabulary.knowsPhrase(before + " " + candidate.string)
                    || after != null && vocabulary.knowsPhrase(candidate.string + " " + after)) {
                return candidate.string;
            }
            if (closest == null && candidate.score >= CLOSE) {
                closest = candidate.string;
            }
        }
        return closest;
    }

    /**
     * Sections whose English heading or body has {@code word} (after English analysis, so a plural counts for its
     * singular); -1 when the analysis drops it (a stop word).
     */
    private static long sections(String word, IndexReader corpus, Analyzer english) throws IOException {
        List<String> terms = VocabularySources.words(english, word);
        if (terms.isEmpty()) {
            return -1;
        }
        long rarest = Long.MAX_VALUE;
        for (String term : terms) {
            rarest = Math.min(
                    rarest,
                    Math.max(
                            corpus.docFreq(new Term(Schema.TITLE_EN, term)),
                            corpus.docFreq(new Term(Schema.BODY_EN, term))));
        }
        return rarest;
    }

    /** {@code fix} written like {@code typed}: capitalised or in capitals when it was. */
    private static String sameCase(String typed, String fix) {
        if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))) {
            return fix.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(typed.charAt(0))) {
            return Character.toUpperCase(fix.charAt(0)) + fix.substring(1);
        }
        return fix;
    }
}
