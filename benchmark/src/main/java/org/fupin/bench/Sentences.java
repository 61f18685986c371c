package org.fupin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits seed paragraphs into sentences, so the generator can mix sentences of same-titled sections. */
final class Sentences {

    /** A sentence ends at . ! ? or ; and the next one starts with a capital, a digit or an opening quote. */
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?;])\\s+(?=[\"“‘A-Z0-9])");
    /** Words whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "No.", "no.", "Co.", "Ltd.", "Mr.", "Ms.", "Dr.", "St.", "etc.", "e.g.", "i.e.", "vs.", "Jan.", "Feb.",
            "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "U.S.", "P.R.");

    private Sentences() {}

    /** The sentences of a paragraph, each ending in its punctuation; a paragraph without one is a single sentence. */
    static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(paragraph);
        int start = 0;
        while (m.find()) {
            String before = paragraph.substring(start, m.start());
            String lastWord = before.substring(before.lastIndexOf(' ') + 1);
            if (ABBREVIATIONS.contains(lastWord) || lastWord.matches("[A-Z]\\.")) {
                continue;
            }
            out.add(before.strip());
            start = m.end();
        }
        out.add(paragraph.substring(start).strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    /** True when the text ends like a finished sentence, so it cannot be taken for a heading line. */
    static boolean endsSentence(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".!?;。！？；".indexOf(last) >= 0
                || ("\"”’)）".indexOf(last) >= 0
                        && text.length() > 1
                        && ".!?。！？".indexOf(text.charAt(text.length() - 2)) >= 0);
    }
}
