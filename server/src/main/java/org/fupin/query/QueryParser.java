package org.fupin.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lenient parser of the user query language: words, {@code "phrases"}, {@code -excluded}, {@code OR},
 * {@code title:}. It never throws: whatever it cannot use is dropped and named in the notes. Wildcards, fuzzy and
 * regex syntax are not operators here; such characters stay in the word and the analyzer drops them.
 */
public final class QueryParser {

    private static final String TITLE_PREFIX = "title:";

    /** One lexical item before grouping. */
    private record Lexeme(String text, boolean phrase, boolean negated, boolean titleOnly, boolean or) {}

    /** Parses any input into a query; never throws. */
    public UserQuery parse(String raw) {
        Set<String> notes = new LinkedHashSet<>();
        String text = clean(raw == null ? "" : raw, notes);
        List<Lexeme> lexemes = lex(text, notes);
        return group(lexemes, notes);
    }

    private static String clean(String raw, Set<String> notes) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean removed = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate(c) && !validSurrogate(raw, i)) {
                removed |= !Character.isWhitespace(c);
                out.append(' ');
            } else if (c == '“' || c == '”' || c == '„' || c == '「' || c == '」') {
                out.append('"');
            } else {
                out.append(c);
            }
        }
        if (removed) {
            notes.add("removed control characters");
        }
        return out.toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static List<Lexeme> lex(String text, Set<String> notes) {
        List<Lexeme> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            boolean negated = false;
            boolean title = false;
            if (text.charAt(i) == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                negated = true;
                i++;
            }
            if (text.regionMatches(true, i, TITLE_PREFIX, 0, TITLE_PREFIX.length())) {
                title = true;
                i += TITLE_PREFIX.length();
            }
            if (i < n && text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    notes.add("ignored an unbalanced quote");
                    i++;
                    // The rest is read as plain words; the prefixes apply to the first of them.
                    int end = wordEnd(text, i);
                    addWord(out, text.substring(i, end), negated, title, notes);
                    i = end;
                    continue;
                }
                String phrase = text.substring(i + 1, close).strip().replaceAll("\\s+", " ");
                if (phrase.isEmpty()) {
                    notes.add("ignored an empty phrase");
                } else {
                    out.add(new Lexeme(phrase, true, negated, title, false));
                }
                i = close + 1;
                continue;
            }
            int end = wordEnd(text, i);
            addWord(out, text.substring(i, end), negated, title, notes);
            i = end;
        }
        return out;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '"') {
            i++;
        }
        return i;
    }

    private static void addWord(List<Lexeme> out, String word, boolean negated, boolean title, Set<String> notes) {
        String stripped = word.replace("(", "").replace(")", "");
        if (!stripped.equals(word)) {
            notes.add("ignored parentheses (grouping is not supported; OR joins its two neighbours)");
        }
        if (stripped.isEmpty()) {
            if (title) {
                notes.add("ignored 'title:' with nothing after it");
            }
            return;
        }
        if (!negated && !title) {
            switch (stripped) {
                case "OR" -> {
                    out.add(new Lexeme("OR", false, false, false, true));
                    return;
                }
                case "AND" -> {
                    notes.add("ignored AND (every concept must match by default)");
                    return;
                }
                case "NOT" -> {
                    notes.add("ignored NOT (put - before a word to exclude it)");
                    return;
                }
                default -> {}
            }
        }
        out.add(new Lexeme(stripped, false, negated, title, false));
    }

    private static UserQuery group(List<Lexeme> lexemes, Set<String> notes) {
        List<List<UserQuery.Term>> groups = new ArrayList<>();
        List<UserQuery.Term> excluded = new ArrayList<>();
        boolean pendingOr = false;
        for (Lexeme lexeme : lexemes) {
            if (lexeme.or()) {
                if (pendingOr || groups.isEmpty()) {
                    notes.add("ignored an OR without a word on both sides");
                }
                pendingOr = !groups.isEmpty();
                continue;
            }
            UserQuery.Term term = new UserQuery.Term(lexeme.text(), lexeme.phrase(), lexeme.titleOnly());
            if (lexeme.negated()) {
                if (pendingOr) {
                    notes.add("ignored an OR before an excluded term");
                    pendingOr = false;
                }
                excluded.add(term);
            } else if (pendingOr) {
                groups.get(groups.size() - 1).add(term);
                pendingOr = false;
            } else {
                groups.add(new ArrayList<>(List.of(term)));
            }
        }
        if (pendingOr) {
            notes.add("ignored an OR without a word on both sides");
        }
        return new UserQuery(groups.stream().map(UserQuery.Group::new).toList(), excluded, List.copyOf(notes));
    }
}
