package org.fupin.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the heading at the start of a paragraph, if there is one, by each of the marks reports use. Which marks count
 * in a chapter is decided by {@link ChapterSplitter} from the whole chapter; this class only says what each paragraph
 * would be under each of them.
 *
 * <p>The inline rules ({@link #detect}) cover yearbook chapters, which mark headings inconsistently: the unambiguous
 * marks first (brackets, a heading glued to its body such as {@code Rain PlanIn 2012}, a wide gap between heading
 * and body, an ALL-CAPS heading), then a capitalised function word that can only start a sentence ({@code Rain Plan
 * In 2012}), then the end of the Title-Case run at the start of the paragraph, backing off to the word that starts
 * the body sentence. A paragraph that starts like a sentence ("In 2012, …", "First, …", "Hebei Province achieved
 * …", "Xinjiang Provincial Poverty Alleviation Office organized …") or with a colon-labelled item ("Infrastructure
 * construction for poor villages: …") has no inline heading unless a mark says so.
 */
public final class HeadingDetector {

    private static final Pattern BRACKETED =
            Pattern.compile("^[【\\[]\\s*([^】\\]]{1,200}?)\\s*[】\\]]\\s*(.*)$", Pattern.DOTALL);
    /** A stray closing bracket without its opening one, as in {@code Overview】 In 2012}. */
    private static final Pattern HALF_BRACKETED =
            Pattern.compile("^([^【】\\[\\].,;:。，]{1,80}?)\\s*】\\s*(.*)$", Pattern.DOTALL);

    private static final int SCAN_WORDS = 30;
    private static final int MAX_MARKED_WORDS = 25;
    private static final int MAX_HEADING_WORDS = 16;
    private static final int MAX_LOWERCASE_WORDS_BEFORE_CUE = 3;
    /** Lower-case words (besides connectors) a heading set off by a wide gap may hold: "Transformation of overhead cable". */
    private static final int MAX_LOWERCASE_WORDS_BEFORE_GAP = 2;

    private static final int MAX_LINE_CHARS = 200;
    private static final int MAX_LINE_WORDS = 25;
    private static final int MAX_LINE_HAN = 30;
    private static final int MAX_LABEL_WORDS = 20;
    private static final int MAX_LABEL_HAN = 20;
    /** Letters an ALL-CAPS run needs, so an acronym starting a sentence ("LGOP allocated …") is not a heading. */
    private static final int MIN_CAPS_LETTERS = 6;
    /** Letters a single upper-case word needs to be a heading on its own ("OVERVIEW", not "UNICEF"). */
    private static final int MIN_CAPS_LETTERS_ONE_WORD = 7;

    private static final java.util.Set<String> MONTHS = java.util.Set.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Jan.",
            "Feb.",
            "Aug.",
            "Sept.",
            "Oct.",
            "Nov.",
            "Dec.");

    private final HeadingLexicon lexicon;

    /** A detector using a report's lexicon for headings that report marks unambiguously somewhere. */
    public HeadingDetector(HeadingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The inline heading that starts this paragraph, or empty when the paragraph continues the previous section. */
    public Optional<HeadingSplit> detect(String paragraph) {
        String text = paragraph.strip();
        Optional<HeadingSplit> marked = detectMarked(text);
        if (marked.isPresent()) {
            return marked;
        }
        return unmarked(text, true);
    }

    /**
     * The heading of a paragraph known to start with one (a numbered heading): the heading alone on its line, a
     * label ending in a colon or a full stop, or else the inline rules without the guard against sentences about a
     * province. Empty when no split point is found.
     */
    Optional<HeadingSplit> detectKnownHeading(String text) {
        Optional<HeadingSplit> line = line(text);
        if (line.isPresent()) {
            return line;
        }
        Optional<HeadingSplit> label = label(text, true);
        if (label.isPresent()) {
            return label;
        }
        Optional<HeadingSplit> marked = detectMarked(text);
        return marked.isPresent() ? marked : unmarked(text, false);
    }

    /** A heading in brackets, {@code 【Rain Plan】 In 2011, …}, or with a stray closing bracket, {@code Overview】 …}. */
    static Optional<HeadingSplit> bracketed(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        char first = text.charAt(0);
        if (first == '【' || first == '[') {
            Matcher bracketed = BRACKETED.matcher(text);
            if (bracketed.matches()) {
                return split(bracketed.group(1), bracketed.group(2), HeadingStyle.BRACKETED);
            }
        }
        if (text.indexOf('】') < 0) {
            return Optional.empty();
        }
        Matcher half = HALF_BRACKETED.matcher(text);
        return half.matches() ? split(half.group(1), half.group(2), HeadingStyle.BRACKETED) : Optional.empty();
    }

    /**
     * A short line with no sentence punctuation, alone on its line (its body follows on the next lines), in any
     * case: {@code Poverty reduction planning}, {@code RAIN PLAN}, {@code Rain Plan:}, {@code 雨露计划}.
     */
    static Optional<HeadingSplit> line(String text) {
        if (text.isEmpty() || text.length() > MAX_LINE_CHARS) {
            return Optional.empty();
        }
        String t = text;
        char last = t.charAt(t.length() - 1);
        if (last == ':' || last == '：') {
            t = Paragraphs.stripAll(t.substring(0, t.length() - 1));
            if (t.isEmpty()) {
                return Optional.empty();
            }
            last = t.charAt(t.length() - 1);
        }
        if (Token.isTerminal(last) || t.startsWith("(") || t.startsWith("（")) {
            return Optional.empty();
        }
        int han = countHan(t);
        if (han > 0) {
            return han <= MAX_LINE_HAN && !containsAny(t, "，。；：,;")
                    ? split(t, "", HeadingStyle.STANDALONE)
                    : Optional.empty();
        }
        List<Token> tokens = Token.firstWords(t, MAX_LINE_WORDS + 1);
        if (tokens.size() > MAX_LINE_WORDS
                || !tokens.getFirst().capitalized() && !tokens.getFirst().lowercase()) {
            return Optional.empty();
        }
        for (Token token : tokens) {
            if (token.endsClause()) {
                return Optional.empty();
            }
        }
        return split(t, "", HeadingStyle.STANDALONE);
    }

    /**
     * A label ending in a colon before its body, {@code Rain Plan: In 2012, …} or {@code 雨露计划：2012年…}; with
     * {@code fullStop}, also a short label ending in a full stop ({@code Rain Plan. In 2012, …}).
     */
    static Optional<HeadingSplit> label(String text, boolean fullStop) {
        int han = countHan(text.substring(0, Math.min(text.length(), MAX_LABEL_HAN + 1)));
        if (han > 0) {
            for (int i = 1; i < text.length() && i <= MAX_LABEL_HAN; i++) {
                char c = text.charAt(i);
                if (c == '：' || c == ':' || fullStop && c == '。') {
                    return i + 1 < text.length()
                            ? split(text.substring(0, i), text.substring(i + 1), HeadingStyle.LABELLED)
                            : Optional.empty();
                }
                if (c == '，' || c == '、' || c == '；' || c == ',') {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
        List<Token> tokens = Token.firstWords(text, MAX_LABEL_WORDS + 2);
        if (tokens.size() < 2
                || !tokens.getFirst().capitalized() && !tokens.getFirst().lowercase()) {
            return Optional.empty();
        }
        for (int j = 0; j + 1 < tokens.size() && j < MAX_LABEL_WORDS; j++) {
            Token t = tokens.get(j);
            if (!t.endsClause()) {
                continue;
            }
            String word = t.text();
            char end = word.charAt(word.length() - 1);
            boolean colon = end == ':' || end == '：';
            boolean stop = fullStop
                    && end == '.'
                    && !word.equalsIgnoreCase("No.")
                    && t.bare().length() > 1;
            Token next = tokens.get(j + 1);
            if ((colon || stop) && (next.capitalized() || next.numeric())) {
                return split(text.substring(0, t.end() - 1), text.substring(next.start()), HeadingStyle.LABELLED);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Only the unambiguous marks: brackets, glued headings, wide gaps, ALL-CAPS runs and Title-Case lines alone on
     * their line. Used to learn which headings a report marks somewhere, so it must not guess.
     */
    Optional<HeadingSplit> detectMarked(String paragraph) {
        String text = paragraph.strip();
        Optional<HeadingSplit> bracketed = bracketed(text);
        return bracketed.isPresent() ? bracketed : inlineMarked(text);
    }

    /** Glue, wide gap, ALL-CAPS run or a Title-Case line alone: the inline marks other than brackets. */
    Optional<HeadingSplit> inlineMarked(String text) {
        List<Token> tokens = Token.firstWords(text, SCAN_WORDS);
        if (tokens.isEmpty() || !canStartHeading(tokens, 0)) {
            return Optional.empty();
        }
        Optional<HeadingSplit> caps = capsRun(text, tokens);
        if (caps.isPresent()) {
            return caps;
        }
        for (int j = 0; j < tokens.size() && j < MAX_MARKED_WORDS; j++) {
            Token token = tokens.get(j);
            if (j > 0 && token.wideGap() && isGappedHeading(tokens, j)) {
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

    /** The guesses: a sentence cue after a Title-Case run, or the end of the run. */
    Optional<HeadingSplit> unmarked(String text, boolean guardSentences) {
        List<Token> tokens = Token.firstWords(text, SCAN_WORDS);
        if (tokens.isEmpty() || !canStartHeading(tokens, 0)) {
            return Optional.empty();
        }
        // "Xinjiang Provincial Poverty Alleviation Office organized …", "Yunnan provincial government issued …":
        // a paragraph that opens with a province's name is a sentence about it unless a mark sets a heading off.
        if (guardSentences && (isPlaceName(tokens, 0) || opensSentence(tokens))) {
            return Optional.empty();
        }
        Optional<HeadingSplit> cued = splitAtSentenceCue(text, tokens);
        if (cued.isPresent()) {
            return cued;
        }
        return splitAtEndOfTitleRun(text, tokens);
    }

    /** "RAIN PLAN In 2012, …": a run of upper-case words before a capitalised or numeric body start. */
    private static Optional<HeadingSplit> capsRun(String text, List<Token> tokens) {
        int letters = 0;
        int end = 0;
        while (end < tokens.size() && isCapsWord(tokens.get(end))) {
            letters +=
                    tokens.get(end).bare().chars().filter(Character::isLetter).count();
            end++;
        }
        if (end == 0
                || end == tokens.size()
                || letters < (end == 1 ? MIN_CAPS_LETTERS_ONE_WORD : MIN_CAPS_LETTERS)
                || end > MAX_HEADING_WORDS) {
            return Optional.empty();
        }
        Token next = tokens.get(end);
        if (!(next.capitalized() || next.numeric())
                || isCapsWord(next)
                || tokens.get(end - 1).endsClause()
                        && !tokens.get(end - 1).text().endsWith(":")) {
            return Optional.empty();
        }
        return split(
                text.substring(0, next.start()).replaceAll(":\\s*$", ""),
                text.substring(next.start()),
                HeadingStyle.CAPS);
    }

    private static boolean isCapsWord(Token t) {
        String bare = t.bare();
        boolean letter = false;
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter || HeadingLexicon.CONNECTORS.contains(t.text());
    }

    /**
     * "Organized 141 organs …", "Each 1000 yuan …", "Develop comprehensive planning …": a verb, adverb or
     * determiner followed by a number or a lower-case word opens a sentence, not a heading. ("Support for the Poor"
     * is a heading: a connector may follow.)
     */
    private static boolean opensSentence(List<Token> tokens) {
        if (tokens.size() < 2) {
            return false;
        }
        Token first = tokens.get(0);
        Token next = tokens.get(1);
        boolean running = next.numeric() || next.lowercase() && !HeadingLexicon.CONNECTORS.contains(next.bare());
        // An adverb opens a sentence before any lower-case word: "Especially on November 15, …".
        boolean adverb = first.bare().endsWith("ly") && HeadingLexicon.isVerbLike(first.bare()) && next.lowercase();
        return adverb
                || running
                        && !first.endsClause()
                        && (HeadingLexicon.WEAK_STARTERS.contains(first.bare())
                                || HeadingLexicon.VERB_STARTERS.contains(first.bare())
                                || HeadingLexicon.isVerbLike(first.bare()));
    }

    /** True when the words from {@code i} name a province: "Hebei", "Inner Mongolia", "Xinjiang". */
    static boolean isPlaceName(List<Token> tokens, int i) {
        return HeadingLexicon.PLACE_WORDS.contains(tokens.get(i).bare());
    }

    private static int countHan(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised function word after the heading ("Rain Plan The province …", "Pilot projects We guided …"). */
    private Optional<HeadingSplit> splitAtSentenceCue(String text, List<Token> tokens) {
        for (int j = 1; j < tokens.size() && j <= MAX_HEADING_WORDS; j++) {
            Token token = tokens.get(j);
            Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
            if (isSentenceCue(token, next)
                    && isHeadingPhrase(tokens, j, false)
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
        // "Overview 2012 is …", "Rain Plan 14 million yuan …"; but "on November 15, 2002" is a date.
        if (end > 0
                && tokens.get(end).numeric()
                && !MONTHS.contains(tokens.get(end - 1).bare())
                && isHeadingPhrase(tokens, end, false)) {
            return splitBefore(text, tokens.get(end));
        }
        for (int m = end; m >= 1; m--) {
            Token candidate = tokens.get(m);
            if (lexicon.isKnownHeading(text.substring(0, candidate.start()))
                    && (candidate.numeric() || candidate.capitalized() && sentenceFollows(tokens, m))) {
                return splitBefore(text, candidate);
            }
        }
        for (int m = end - 1; m >= 1; m--) {
            Token candidate = tokens.get(m);
            if (HeadingLexicon.CONNECTORS.contains(candidate.text())) {
                continue;
            }
            // A province's name inside a Title-Case run starts the body ("… by Relocation Hebei provincial
            // government issued …"); any other word must be followed by running text, so that a name such as
            // "State Council Leading Group" is not cut at "Leading".
            boolean starts =
                    isPlaceName(tokens, m) || HeadingLexicon.startsSentence(candidate) && sentenceFollows(tokens, m);
            if (starts && isHeadingPhrase(tokens, m, false)) {
                return splitBefore(text, candidate);
            }
        }
        return Optional.empty();
    }

    /** The word after {@code m} is lower case or a number, as in running text ("Held the seminar", "Two million"). */
    private static boolean sentenceFollows(List<Token> tokens, int m) {
        if (tokens.get(m).endsClause()) {
            return true;
        }
        Token next = m + 1 < tokens.size() ? tokens.get(m + 1) : null;
        return next != null && (next.lowercase() || next.numeric());
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
        boolean verbLike = HeadingLexicon.isVerbLike(word)
                && !word.toLowerCase(Locale.ROOT).endsWith("ing");
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
        int straightQuotes = 0;
        int openQuotes = 0;
        for (int i = 0; i < end; i++) {
            Token t = tokens.get(i);
            if (t.endsClause()) {
                return false;
            }
            for (int c = 0; c < t.text().length(); c++) {
                char ch = t.text().charAt(c);
                straightQuotes += ch == '"' ? 1 : 0;
                openQuotes += ch == '“' ? 1 : ch == '”' ? -1 : 0;
            }
            if (t.numeric()
                    && !(i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("No."))
                    && !t.bare().matches("\\d+(st|nd|rd|th)")) {
                return false;
            }
            if (t.capitalized()) {
                capitalized++;
            }
        }
        // A heading does not end inside a quotation ("\"Dazhong Daily\" opened …" is no heading "\"Dazhong").
        return capitalized > 0 && straightQuotes % 2 == 0 && openQuotes == 0;
    }

    /**
     * A heading set off by a wide gap: a heading phrase with few lower-case words, followed by a capitalised word or
     * a number. A double space inside a sentence ("… issued the \"Appraisal Plan …  (2011-2015)\"") is not one.
     */
    private static boolean isGappedHeading(List<Token> tokens, int j) {
        Token next = tokens.get(j);
        return (next.capitalized() || next.numeric())
                && isHeadingPhrase(tokens, j, true)
                && lowercaseWords(tokens, j) <= MAX_LOWERCASE_WORDS_BEFORE_GAP;
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
            if (!Character.isLowerCase(before)
                    || !Character.isLowerCase(word.charAt(i - 2))
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
        return first.lowercase()
                && !HeadingLexicon.CONNECTORS.contains(bare)
                && i + 1 < tokens.size()
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
