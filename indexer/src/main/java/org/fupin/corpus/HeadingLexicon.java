package org.fupin.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fupin.vocab.Province;

/**
 * What one report teaches the heading detector about itself: the headings it marks unambiguously somewhere
 * (bracketed, glued, set off by a wide gap, in capitals or alone on a line), which may recur unmarked in its other
 * chapters. Learned from the report alone, so a report splits the same whatever is indexed with it. Also holds the
 * built-in English cues: words that start sentences and words that sit inside Title-Case headings.
 */
public final class HeadingLexicon {

    /** Function words and sentence adverbs that begin English sentences; a capitalised one cannot sit inside a Title-Case heading. */
    static final Set<String> STRONG_STARTERS = Set.of(
            "In",
            "On",
            "To",
            "The",
            "This",
            "These",
            "That",
            "Those",
            "There",
            "It",
            "Its",
            "We",
            "Our",
            "They",
            "At",
            "As",
            "From",
            "After",
            "Before",
            "Since",
            "During",
            "According",
            "Based",
            "Under",
            "Through",
            "Over",
            "Among",
            "Following",
            "Meanwhile",
            "Moreover",
            "Besides",
            "Currently",
            "Upon",
            "Firstly",
            "Secondly",
            "Thirdly",
            "Finally",
            "Although",
            "While",
            "When",
            "Due",
            "Apart",
            "Altogether",
            "Overall");

    /** Words that start a body only when a lower-case word or a number follows them ("A total of", "By 2015"). */
    static final Set<String> WEAK_STARTERS = Set.of(
            "A",
            "An",
            "By",
            "For",
            "With",
            "First",
            "Second",
            "Third",
            "Fourth",
            "Fifth",
            "One",
            "Two",
            "Three",
            "Four",
            "Five",
            "Six",
            "Seven",
            "Eight",
            "Nine",
            "Ten",
            "Some",
            "All",
            "More",
            "Most",
            "Each",
            "Every",
            "Many",
            "Both",
            "Of",
            "Not",
            "Only",
            "Also",
            "Then",
            "Thus",
            "Still",
            "Such",
            "Total",
            "Nearly",
            "Almost",
            "Other",
            "Another",
            "He",
            "She",
            "His",
            "Her",
            "Their",
            "Always",
            "Never",
            "Further",
            "About",
            "Approximately",
            "Less",
            "Fewer",
            "Several",
            "Any");

    /**
     * Verbs that open the subjectless sentences of government reports ("Held the seminar …", "Develop
     * comprehensive planning …"), in the forms the -ed/-ing/-ly rule misses: base forms and short or irregular past
     * tenses. They start a body only when running text follows them.
     */
    static final Set<String> VERB_STARTERS = Set.of(
            "Develop",
            "Implement",
            "Strengthen",
            "Promote",
            "Support",
            "Improve",
            "Establish",
            "Carry",
            "Increase",
            "Expand",
            "Accelerate",
            "Enhance",
            "Build",
            "Make",
            "Take",
            "Focus",
            "Adhere",
            "Give",
            "Hold",
            "Launch",
            "Organize",
            "Organise",
            "Push",
            "Raise",
            "Speed",
            "Step",
            "Study",
            "Formulate",
            "Adjust",
            "Deepen",
            "Guide",
            "Encourage",
            "Ensure",
            "Help",
            "Provide",
            "Continue",
            "Complete",
            "Create",
            "Explore",
            "Held",
            "Made",
            "Set",
            "Built",
            "Took",
            "Gave",
            "Put",
            "Sent",
            "Led",
            "Won",
            "Began",
            "Kept",
            "Met",
            "Paid",
            "Spent",
            "Brought",
            "Sought",
            "Drew",
            "Undertook",
            "Got",
            "Ran",
            "Saw",
            "Chose",
            "Grew");

    /** Words shaped like verbs or adverbs that name things in headings and titles ("Dazhong Daily", "Family Planning"). */
    private static final Set<String> NOT_VERBS = Set.of(
            "daily",
            "family",
            "assembly",
            "supply",
            "italy",
            "early",
            "elderly",
            "friendly",
            "monthly",
            "weekly",
            "yearly",
            "quarterly",
            "likely",
            "holy",
            "bed",
            "shed",
            "seed",
            "need",
            "united",
            "limited",
            "spring",
            "building",
            "housing",
            "training",
            "planning",
            "funding",
            "king",
            "wing",
            "evening",
            "morning",
            "beijing",
            "nanjing",
            "chongqing",
            "jinping",
            "qing",
            "ding",
            "ping",
            "meeting",
            "hearing",
            "leading",
            "advanced",
            "red",
            "hundred",
            "kindred",
            "speed",
            "feed",
            "creed");

    /** Lower-case words that Title Case leaves small inside a heading. */
    static final Set<String> CONNECTORS = Set.of(
            "of", "and", "for", "in", "by", "the", "on", "to", "with", "from", "at", "a", "an", "or", "under",
            "between", "into", "via", "as", "&", "/", "-", "–", "—", "vs", "versus", "against", "among", "around");

    /** The first word of every province's English name ("Hebei", "Inner", "Xinjiang"). */
    static final Set<String> PLACE_WORDS = placeWords();

    private final Set<String> knownHeadings;

    private HeadingLexicon(Set<String> knownHeadings) {
        this.knownHeadings = Set.copyOf(knownHeadings);
    }

    /** A lexicon that knows nothing about the report: only the built-in English cues. */
    public static HeadingLexicon empty() {
        return new HeadingLexicon(Set.of());
    }

    /** What a report's own paragraphs (chapter titles excluded) teach: the headings it marks unambiguously. */
    public static HeadingLexicon learn(List<String> paragraphs) {
        HeadingDetector markedOnly = new HeadingDetector(empty());
        Set<String> known = new HashSet<>();
        for (String paragraph : paragraphs) {
            markedOnly.detectMarked(paragraph).ifPresent(split -> known.add(normalize(split.heading())));
        }
        return new HeadingLexicon(known);
    }

    /** True when this heading is marked unambiguously somewhere in the report. */
    public boolean isKnownHeading(String heading) {
        return knownHeadings.contains(normalize(heading));
    }

    /** Number of distinct unambiguous headings observed. */
    public int knownHeadingCount() {
        return knownHeadings.size();
    }

    /** True when a capitalised word plausibly begins a sentence (and so a section body) rather than continues a heading. */
    static boolean startsSentence(Token token) {
        String word = token.bare();
        if (word.isEmpty()) {
            return false;
        }
        if (token.numeric() || STRONG_STARTERS.contains(word) || WEAK_STARTERS.contains(word)) {
            return true;
        }
        if (!token.capitalized()) {
            return false;
        }
        if (PLACE_WORDS.contains(word) || VERB_STARTERS.contains(word)) {
            return true;
        }
        return isVerbLike(word);
    }

    /**
     * Verb-first sentences are the norm in these reports ("Organized 141 organs", "Relying on", "Comprehensively
     * started"): a word ending in -ed, -ing or -ly, other than the nouns and adjectives of that shape.
     */
    static boolean isVerbLike(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 4
                && (lower.endsWith("ed") || lower.endsWith("ing") || lower.endsWith("ly"))
                && !NOT_VERBS.contains(lower);
    }

    static String normalize(String heading) {
        return normalizeSpace(heading).toLowerCase(Locale.ROOT);
    }

    /** Collapses every run of white space, including no-break and ideographic spaces, to one space, and trims. */
    static String normalizeSpace(String text) {
        return Paragraphs.stripAll(text.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u3000]+", " "));
    }

    private static Set<String> placeWords() {
        Set<String> words = new HashSet<>();
        for (Province p : Province.values()) {
            words.add(p.english().split(" ")[0]);
        }
        return words;
    }
}
