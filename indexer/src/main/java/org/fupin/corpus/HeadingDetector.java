package org.fupin.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the heading at the start of a paragraph, if there is one.
 *
 * <p>The reports mark headings in several ways, often inconsistently within one chapter. The detector tries the
 * unambiguous marks first (brackets, a heading glued to its body such as {@code Rain PlanIn 2012}, a wide gap
 * between heading and body), then a capitalised function word that can only start a sentence ({@code Rain Plan In
 * 2012}), then the end of the Title-Case run at the start of the paragraph, backing off to the word that starts the
 * body sentence. A paragraph that starts like a sentence ("In 2012, …", "First, …", "Hebei Province achieved …") or
 * with a colon-labelled item ("Infrastructure construction for poor villages: …") has no heading: it continues the
 * section before it.
 */
public final class HeadingDetector {

    private static final Pattern BRACKETED = Pattern.compile("^[【\\[]\\s*([^】\\]]{1,200}?)\\s*[】\\]]\\s*(.*)$", Pattern.DOTALL);
    /** A stray closing bracket without its opening one, as in {@code Overview】 In 2012}. */
    private static final Pattern HALF_BRACKETED = Pattern.compile("^([^【】\\[\\].,;:。，]{1,80}?)\\s*】\\s*(.*)$", Pattern.DOTALL);

    private static final int SCAN_WORDS = 30;
    private static final int MAX_MARKED_WORDS = 25;
    private static final int MAX_HEADING_WORDS = 16;
    private static final int MAX_LOWERCASE_WORDS_BEFORE_CUE = 3;

    private final HeadingLexicon lexicon;

    /** A detector using the corpus lexicon for recurring headings and sentence starters. */
    public HeadingDetector(HeadingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The heading that starts this paragraph, or empty when the paragraph continues the previous section. */
    public Optional<HeadingSplit> detect(String paragraph) {
        String text = paragraph.strip();
        Optional<HeadingSplit> marked = detectMarked(text);
        if (marked.isPresent()) {
            return marked;
        }
        List<Token> tokens = Token.firstWords(text, SCAN_WORDS);
        if (tokens.isEmpty() || !canStartHeading(tokens, 0)) {
            return Optional.empty();
        }
        Optional<HeadingSplit> cued = splitAtSentenceCue(text, tokens);
        if (cued.isPresent()) {
            return cued;
        }
        return splitAtEndOfTitleRun(text, tokens);
    }

    /**
     * Only the unambiguous marks: brackets, glued headings and wide gaps. Used on the first pass to learn which
     * headings recur, so it must not guess.
     */
    Optional<HeadingSplit> detectMarked(String paragraph) {
        String text = paragraph.strip();
        Matcher bracketed = BRACKETED.matcher(text);
        if (bracketed.matches()) {
            return split(bracketed.group(1), bracketed.group(2), HeadingStyle.BRACKETED);
        }
        Matcher half = HALF_BRACKETED.matcher(text);
        if (half.matches()) {
            return split(half.group(1), half.group(2), HeadingStyle.BRACKETED);
        }
        List<Token> tokens = Token.firstWords(text, SCAN_WORDS);
        if (tokens.isEmpty() || !canStartHeading(tokens, 0)) {
            return Optional.empty();
        }
        for (int j = 0; j < tokens.size() && j < MAX_MARKED_WORDS; j++) {
            Token token = tokens.get(j);
            if (j > 0 && token.wideGap() && isHeadingPhrase(tokens, j, true)) {
                return split(text.substring(0, token.start()), text.substring(token.start()), HeadingStyle.SPACED);
            }
            int glue = glueOffset(token.text());
            if (glue > 0 && isGluedPrefix(tokens, j, token.text().substring(0, glue))) {
                int at = token.start() + glue;
                return split(text.substring(0, at), text.substring(at), HeadingStyle.GLUED);
            }
            if (token.endsClause()) {
                break;
            }
        }
        if (tokens.size() <= MAX_HEADING_WORDS && isStandaloneHeading(text, tokens)) {
            return split(text, "", HeadingStyle.STANDALONE);
        }
        return Optional.empty();
    }

    /** A capitalised function word after the heading ("Rain Plan The province …", "Pilot projects We guided …"). */
    private Optional<HeadingSplit> splitAtSentenceCue(String text, List<Token> tokens) {
        for (int j = 1; j < tokens.size() && j <= MAX_HEADING_WORDS; j++) {
            Token token = tokens.get(j);
            Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
            if (isSentenceCue(token, next) && isHeadingPhrase(tokens, j, false)
                    && lowercaseWords(tokens, j) <= MAX_LOWERCASE_WORDS_BEFORE_CUE) {
                return split(text.substring(0, token.start()), text.substring(token.start()), HeadingStyle.SPACED);
            }
            if (token.endsClause()) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The Title-Case run ends at a lower-case word or a number; the body starts at the word that starts its sentence. */
    private Optional<HeadingSplit> splitAtEndOfTitleRun(String text, List<Token> tokens) {
        int end = 0;
        while (end < tokens.size() && end <= MAX_HEADING_WORDS && isTitleWord(tokens, end)) {
            end++;
        }
        if (end == tokens.size()) {
            return Optional.empty();
        }
        if (end > 0 && tokens.get(end).numeric() && isHeadingPhrase(tokens, end, false)) {
            return splitBefore(text, tokens.get(end));
        }
        for (int m = end; m >= 1; m--) {
            if (lexicon.isKnownHeading(text.substring(0, tokens.get(m).start()))
                    && (tokens.get(m).capitalized() || tokens.get(m).numeric())) {
                return splitBefore(text, tokens.get(m));
            }
        }
        for (int m = end - 1; m >= 1; m--) {
            Token candidate = tokens.get(m);
            if (HeadingLexicon.CONNECTORS.contains(candidate.text())) {
                continue;
            }
            if (lexicon.startsSentence(candidate) && isHeadingPhrase(tokens, m, false)) {
                return splitBefore(text, candidate);
            }
        }
        return Optional.empty();
    }

    private Optional<HeadingSplit> splitBefore(String text, Token bodyStart) {
        return split(text.substring(0, bodyStart.start()), text.substring(bodyStart.start()), HeadingStyle.SPACED);
    }

    private static Optional<HeadingSplit> split(String heading, String body, HeadingStyle style) {
        String h = HeadingLexicon.normalizeSpace(heading);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HeadingSplit(h, Paragraphs.stripAll(body), style));
    }

    private static boolean isSentenceCue(Token token, Token next) {
        String word = token.bare();
        if (!token.capitalized()) {
            return false;
        }
        if (HeadingLexicon.STRONG_STARTERS.contains(word)) {
            return true;
        }
        boolean nextIsLowerOrNumber = next != null && (next.lowercase() || next.numeric());
        if (HeadingLexicon.WEAK_STARTERS.contains(word)) {
            return nextIsLowerOrNumber || token.endsClause();
        }
        // "Issued the …", "Comprehensively started …": a verb or adverb that opens a subjectless sentence.
        String lower = word.toLowerCase(Locale.ROOT);
        boolean verbLike = lower.length() > 4 && (lower.endsWith("ed") || lower.endsWith("ly"));
        return verbLike && nextIsLowerOrNumber && !token.endsClause();
    }

    /**
     * Whether the words before {@code end} can form a heading. Marked headings (wide gap, glue) may contain
     * lower-case words ("Transformation of overhead cable"); unmarked ones must be Title Case apart from a few
     * words when a strong sentence cue follows.
     */
    private static boolean isHeadingPhrase(List<Token> tokens, int end, boolean marked) {
        if (end < 1 || end > (marked ? MAX_MARKED_WORDS : MAX_HEADING_WORDS) || !canStartHeading(tokens, 0)) {
            return false;
        }
        Token last = tokens.get(end - 1);
        if (HeadingLexicon.CONNECTORS.contains(last.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int capitalized = 0;
        for (int i = 0; i < end; i++) {
            Token t = tokens.get(i);
            if (t.endsClause()) {
                return false;
            }
            if (t.numeric() && !(i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("No."))
                    && !t.bare().matches("\\d+(st|nd|rd|th)")) {
                return false;
            }
            if (t.capitalized()) {
                capitalized++;
            }
        }
        return capitalized > 0;
    }

    /** The words before a glued token, plus the token's part before the glue point, form a heading. */
    private static boolean isGluedPrefix(List<Token> tokens, int j, String head) {
        List<Token> phrase = new ArrayList<>(tokens.subList(0, j));
        phrase.add(new Token(head, tokens.get(j).start(), false));
        return isHeadingPhrase(phrase, phrase.size(), true);
    }

    /**
     * The offset inside a word where a heading is glued to its body: a lower-case letter followed by an upper-case
     * letter ({@code OverviewIn}, {@code DevelopmentA}), a digit ({@code Plan14}, {@code Overview2012}) or an
     * opening quote and a capital ({@code Action"Linking}). Returns 0 when there is none.
     */
    static int glueOffset(String word) {
        for (int i = 3; i < word.length(); i++) {
            char before = word.charAt(i - 1);
            char c = word.charAt(i);
            if (!Character.isLowerCase(before) || !Character.isLowerCase(word.charAt(i - 2))
                    || !Character.isLetter(word.charAt(i - 3))) {
                continue;
            }
            if (Character.isUpperCase(c)) {
                return i;
            }
            if (Character.isDigit(c)) {
                return i;
            }
            if ((c == '"' || c == '“') && i + 1 < word.length() && Character.isUpperCase(word.charAt(i + 1))) {
                return i;
            }
        }
        return 0;
    }

    /** A word that may sit in a Title-Case heading: capitalised, a small connector, a quoted name, or "No. 1". */
    private static boolean isTitleWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.endsClause()) {
            return false;
        }
        String bare = t.bare();
        if (bare.isEmpty()) {
            return HeadingLexicon.CONNECTORS.contains(t.text());
        }
        if (t.capitalized()) {
            return true;
        }
        if (HeadingLexicon.CONNECTORS.contains(bare)) {
            return true;
        }
        if (t.numeric()) {
            return i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("No.");
        }
        return i == 0 && canStartHeading(tokens, 0);
    }

    /** Headings start with a capital or a quoted name; a lower-case first word counts when a capitalised word follows ("labor Transfer Project"). */
    private static boolean canStartHeading(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        String bare = first.bare();
        if (bare.isEmpty() || HeadingLexicon.STRONG_STARTERS.contains(bare) || first.endsClause()) {
            return false;
        }
        if (first.capitalized()) {
            return true;
        }
        return first.lowercase() && !HeadingLexicon.CONNECTORS.contains(bare) && i + 1 < tokens.size()
                && tokens.get(i + 1).capitalized()
                && !HeadingLexicon.STRONG_STARTERS.contains(tokens.get(i + 1).bare());
    }

    private static int lowercaseWords(List<Token> tokens, int end) {
        int count = 0;
        for (int i = 0; i < end; i++) {
            Token t = tokens.get(i);
            if (t.lowercase() && !HeadingLexicon.CONNECTORS.contains(t.bare())) {
                count++;
            }
        }
        return count;
    }

    /** A short Title-Case line with no sentence punctuation, followed by its body on the next lines. */
    private static boolean isStandaloneHeading(String text, List<Token> tokens) {
        if (text.length() > 120 || tokens.size() < 1 || Token.isTerminal(text.charAt(text.length() - 1))) {
            return false;
        }
        if (tokens.size() == 1) {
            return tokens.get(0).capitalized() && text.length() >= 4;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!isTitleWord(tokens, i)) {
                return false;
            }
        }
        return !HeadingLexicon.CONNECTORS.contains(tokens.get(tokens.size() - 1).text());
    }
}
