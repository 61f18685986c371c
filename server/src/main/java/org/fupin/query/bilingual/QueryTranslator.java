package org.fupin.query.bilingual;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Expands a user's Chinese, English or mixed words into alternatives to search. Chinese text is scanned left to
 * right for the longest glossary term (on the raw text, because SmartChineseAnalyzer splits terms such as 易地扶贫搬迁
 * into 易/地/扶贫/搬迁); matched spans gain their English targets, and only the leftover Chinese is segmented and kept
 * as it is. English words gain the Chinese terms whose targets they spell, so Chinese reports are found too.
 * Thread-safe.
 */
public final class QueryTranslator {

    private final Glossary glossary;
    private final ChineseSegmenter segmenter = new ChineseSegmenter();

    /** A translator over {@code glossary}. */
    public QueryTranslator(Glossary glossary) {
        this.glossary = Objects.requireNonNull(glossary, "glossary");
    }

    /**
     * One user word or quoted phrase as a single expansion whose alternatives are joined by OR; the shape of a
     * term-expansion seam. A term with several glossary terms (互助资金还款率) gets all their targets.
     */
    public Expansion expand(String wordOrPhrase) {
        String text = wordOrPhrase.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("nothing to expand");
        }
        return Expansion.merge(text, expandPieces(text));
    }

    /**
     * Free text (one or several words, any mix of scripts) as one expansion per piece, in order: each glossary term,
     * each leftover Chinese word, each other English word. Use this to require every piece.
     */
    public List<Expansion> expandPieces(String text) {
        List<Expansion> pieces = new ArrayList<>();
        for (ScriptRun run : ScriptRun.split(text)) {
            if (run.han()) {
                pieces.addAll(expandChinese(run.text()));
            } else {
                pieces.addAll(expandEnglish(run.text()));
            }
        }
        return pieces;
    }

    private List<Expansion> expandChinese(String chinese) {
        List<Expansion> pieces = new ArrayList<>();
        StringBuilder leftover = new StringBuilder();
        int at = 0;
        while (at < chinese.length()) {
            Optional<GlossaryEntry> match = glossary.longestMatchAt(chinese, at);
            if (match.isPresent()) {
                flushLeftover(leftover, pieces);
                GlossaryEntry entry = match.get();
                pieces.add(Expansion.translated(entry.source(), entry.targets(), chineseVariants(entry)));
                at += entry.source().length();
            } else {
                int codePoint = chinese.codePointAt(at);
                leftover.appendCodePoint(codePoint);
                at += Character.charCount(codePoint);
            }
        }
        flushLeftover(leftover, pieces);
        return pieces;
    }

    /**
     * Other Chinese terms with the same main English target (湖南 → 湖南省): SmartChineseAnalyzer keeps 湖南省 as one
     * token, so the phrase 湖南 alone would miss Chinese reports that write 湖南省.
     */
    private List<String> chineseVariants(GlossaryEntry entry) {
        return glossary.sourcesFor(entry.targets().get(0)).stream()
                .filter(s -> !s.equals(entry.source()))
                .toList();
    }

    /** Only text no glossary term covers is segmented, so the segmenter never splits a known term. */
    private void flushLeftover(StringBuilder leftover, List<Expansion> pieces) {
        if (leftover.isEmpty()) {
            return;
        }
        segmenter.words(leftover.toString()).forEach(w -> pieces.add(Expansion.notTranslated(w)));
        leftover.setLength(0);
    }

    private List<Expansion> expandEnglish(String text) {
        List<EnglishWord> words = EnglishWord.split(text);
        List<Expansion> pieces = new ArrayList<>();
        int at = 0;
        while (at < words.size()) {
            int matched = longestReverseMatch(words, at);
            if (matched > 0) {
                String original = EnglishWord.join(words.subList(at, at + matched));
                String key = EnglishWord.key(words.subList(at, at + matched));
                List<String> chinese = glossary.sourcesForKey(key);
                pieces.add(Expansion.translated(original, chinese, englishSiblings(chinese, key)));
                at += matched;
            } else {
                // A stop word searches nothing in English fields; as a required piece it would only block matches.
                if (!words.get(at).tokens().isEmpty()) {
                    pieces.add(Expansion.verbatim(words.get(at).text()));
                }
                at++;
            }
        }
        return pieces;
    }

    /**
     * The other English targets of the Chinese terms an English span translates to: "drinking water safety" is
     * 饮水安全, which also reads "safe drinking water", so both English and Chinese forms of the question search the
     * same English texts.
     */
    private List<String> englishSiblings(List<String> chineseTerms, String key) {
        Set<String> out = new LinkedHashSet<>();
        for (String chinese : chineseTerms) {
            glossary.lookup(chinese)
                    .ifPresent(entry -> entry.targets().stream()
                            .filter(t -> !EnglishWord.key(EnglishWord.split(t)).equals(key))
                            .forEach(out::add));
        }
        return List.copyOf(out);
    }

    /** The number of words from {@code from} that form the longest glossary target, or 0. */
    private int longestReverseMatch(List<EnglishWord> words, int from) {
        if (words.get(from).tokens().isEmpty()) {
            return 0;
        }
        // Stop words take a word but no token, so allow for them beyond the longest target's token count.
        int widest = Math.min(words.size() - from, 2 * glossary.maxTargetWords() + 1);
        for (int width = widest; width > 0; width--) {
            List<EnglishWord> window = words.subList(from, from + width);
            if (window.get(width - 1).tokens().isEmpty()) {
                continue;
            }
            if (!glossary.sourcesForKey(EnglishWord.key(window)).isEmpty()) {
                return width;
            }
        }
        return 0;
    }
}
