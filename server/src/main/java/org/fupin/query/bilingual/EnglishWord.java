package org.fupin.query.bilingual;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One whitespace-separated word of non-Chinese text, with surrounding punctuation removed and its analysed tokens
 * (none for a stop word, two for "ex-situ").
 *
 * @param text   the word as typed, without leading or trailing punctuation
 * @param tokens its tokens after English analysis
 */
record EnglishWord(String text, List<String> tokens) {

    EnglishWord {
        tokens = List.copyOf(tokens);
    }

    /** The words of {@code text}; pure punctuation (e.g. "，" between Chinese words) is dropped. */
    static List<EnglishWord> split(String text) {
        List<EnglishWord> words = new ArrayList<>();
        for (String raw : text.strip().split("\\s+")) {
            String word = trimPunctuation(raw);
            if (!word.isEmpty()) {
                words.add(new EnglishWord(word, EnglishKeys.tokens(word)));
            }
        }
        return words;
    }

    /** The words as typed, joined by single spaces. */
    static String join(List<EnglishWord> words) {
        return words.stream().map(EnglishWord::text).collect(Collectors.joining(" "));
    }

    /** The reverse-glossary key of consecutive words: all their tokens joined by single spaces. */
    static String key(List<EnglishWord> words) {
        return words.stream().flatMap(w -> w.tokens().stream()).collect(Collectors.joining(" "));
    }

    private static String trimPunctuation(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && !Character.isLetterOrDigit(raw.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }
}
