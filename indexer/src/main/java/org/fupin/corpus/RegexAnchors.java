package org.fupin.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The literal text each alternative of a simple regex must start with, so a caller can skip the regex with a fast
 * {@link String#contains} when none of them occurs. Profiling showed the tagger's regexes scanning every section
 * body character by character dominated index builds; most bodies contain none of a program's words.
 */
final class RegexAnchors {

    private static final String META = "\\()[]{}?*+|.^$";

    private RegexAnchors() {}

    /**
     * The anchors of a pattern's top-level alternatives, or an empty list when some alternative starts with
     * something that is not literal (then the pattern must always run).
     */
    static List<String> of(String regex) {
        List<String> anchors = new ArrayList<>();
        for (String alternative : topLevelAlternatives(regex)) {
            String prefix = literalPrefix(alternative);
            if (prefix.isEmpty()) {
                return List.of();
            }
            anchors.add(prefix);
        }
        return List.copyOf(anchors);
    }

    /** True when the text contains one of the anchors, or when there are none to check. */
    static boolean mayMatch(String text, List<String> anchors) {
        if (anchors.isEmpty()) {
            return true;
        }
        for (String anchor : anchors) {
            if (text.contains(anchor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many times {@code pattern} matches in {@code text}, counted like repeated {@link Matcher#find()}. A match
     * can only start where one of the pattern's anchors occurs, so the regex is tried at those places alone instead
     * of at every character (an alternation without a common prefix is otherwise attempted at every position).
     *
     * @param anchors {@link #of} the pattern; when empty the pattern is run over the whole text
     */
    static int countMatches(Pattern pattern, String text, List<String> anchors) {
        if (anchors.isEmpty()) {
            Matcher m = pattern.matcher(text);
            int count = 0;
            while (m.find()) {
                count++;
            }
            return count;
        }
        int[] starts = occurrences(text, anchors);
        if (starts.length == 0) {
            return 0;
        }
        // Transparent, non-anchoring bounds: \b and look-behind still see the text before the region.
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int count = 0;
        int next = 0;
        for (int start : starts) {
            if (start < next) {
                continue;
            }
            m.region(start, text.length());
            if (m.lookingAt()) {
                count++;
                next = Math.max(m.end(), start + 1);
            }
        }
        return count;
    }

    /** Every position where some anchor starts, ascending, without repeats. */
    private static int[] occurrences(String text, List<String> anchors) {
        int[] found = new int[8];
        int size = 0;
        for (String anchor : anchors) {
            for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
                if (size == found.length) {
                    found = Arrays.copyOf(found, size * 2);
                }
                found[size++] = at;
            }
        }
        return Arrays.stream(found, 0, size).sorted().distinct().toArray();
    }

    private static List<String> topLevelAlternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }

    private static String literalPrefix(String alternative) {
        String s = alternative.startsWith("\\b") ? alternative.substring(2) : alternative;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (META.indexOf(c) >= 0) {
                // A quantifier makes the character before it optional, so it cannot be part of the anchor.
                if ((c == '?' || c == '*' || c == '{') && !prefix.isEmpty()) {
                    prefix.setLength(prefix.length() - 1);
                }
                break;
            }
            prefix.append(c);
        }
        return prefix.toString();
    }
}
