package org.fupin.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fupin.vocab.Province;

/**
 * What a first pass over the whole corpus teaches the heading detector: headings that were marked unambiguously
 * somewhere (bracketed, glued or set off by wide spacing), which recur unmarked in other chapters, and words that
 * start sentences in running text. Built from the text, never from a list of this corpus's headings.
 */
public final class HeadingLexicon {

    /** Function words and sentence adverbs that begin English sentences; a capitalised one cannot sit inside a Title-Case heading. */
    static final Set<String> STRONG_STARTERS = Set.of(
            "In", "On", "To", "The", "This", "These", "That", "Those", "There", "It", "Its", "We", "Our", "They",
            "At", "As", "From", "After", "Before", "Since", "During", "According", "Based", "Under", "Through", "Over",
            "Among", "Following", "Meanwhile", "Moreover", "Besides", "Currently", "Upon", "Firstly", "Secondly",
            "Thirdly", "Finally", "Although", "While", "When", "Due", "Apart", "Altogether", "Overall");

    /** Words that start a body only when a lower-case word or a number follows them ("A total of", "By 2015"). */
    static final Set<String> WEAK_STARTERS = Set.of(
            "A", "An", "By", "For", "With", "First", "Second", "Third", "Fourth", "Fifth", "One", "Two", "Three",
            "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Some", "All", "More", "Most", "Each", "Every",
            "Many", "Both", "Of", "Not", "Only", "Also", "Then", "Thus", "Still", "Such", "Total", "Nearly",
            "Almost", "Other", "Another", "He", "She", "His", "Her", "Their");

    /** Lower-case words that Title Case leaves small inside a heading. */
    static final Set<String> CONNECTORS = Set.of(
            "of", "and", "for", "in", "by", "the", "on", "to", "with", "from", "at", "a", "an", "or", "under",
            "between", "into", "via", "as", "&", "/", "-", "–", "—", "vs", "versus", "against", "among", "around");

    private static final Set<String> PLACE_WORDS = placeWords();

    private final Set<String> knownHeadings;
    private final Set<String> sentenceStarters;

    private HeadingLexicon(Set<String> knownHeadings, Set<String> sentenceStarters) {
        this.knownHeadings = Set.copyOf(knownHeadings);
        this.sentenceStarters = Set.copyOf(sentenceStarters);
    }

    /** A lexicon that knows nothing about the corpus: only the built-in English cues. */
    public static HeadingLexicon empty() {
        return new HeadingLexicon(Set.of(), Set.of());
    }

    /** A builder that observes paragraphs during the first pass. */
    public static Builder builder() {
        return new Builder();
    }

    /** True when this heading was seen marked unambiguously somewhere in the corpus. */
    public boolean isKnownHeading(String heading) {
        return knownHeadings.contains(normalize(heading));
    }

    /** Number of distinct unambiguous headings observed. */
    public int knownHeadingCount() {
        return knownHeadings.size();
    }

    /** True when a capitalised word plausibly begins a sentence (and so a section body) rather than continues a heading. */
    boolean startsSentence(Token token) {
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
        if (PLACE_WORDS.contains(word) || sentenceStarters.contains(word)) {
            return true;
        }
        // Verb-first sentences are the norm in these reports ("Organized 141 organs", "Relying on", "Comprehensively started").
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 4 && (lower.endsWith("ed") || lower.endsWith("ing") || lower.endsWith("ly"));
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

    /** Collects known headings and sentence starters from the whole corpus before any chapter is parsed. */
    public static final class Builder {
        private final Set<String> knownHeadings = new HashSet<>();
        private final Set<String> sentenceStarters = new HashSet<>();
        private final HeadingDetector markedOnly = new HeadingDetector(HeadingLexicon.empty());

        /** Learns from one paragraph of running text. */
        public Builder observe(String paragraph) {
            var marked = markedOnly.detectMarked(paragraph);
            marked.ifPresent(split -> knownHeadings.add(normalize(split.heading())));
            if (marked.isEmpty()) {
                collectParagraphStarter(paragraph);
            }
            collectSentenceStarters(paragraph);
            return this;
        }

        /** "Develop innovative ideas …": a paragraph that opens with a capitalised word and a lower-case one is a sentence. */
        private void collectParagraphStarter(String paragraph) {
            List<Token> tokens = Token.firstWords(paragraph, 2);
            if (tokens.size() == 2 && tokens.get(0).capitalized() && !tokens.get(0).endsClause()
                    && tokens.get(1).lowercase() && !CONNECTORS.contains(tokens.get(1).bare())) {
                sentenceStarters.add(tokens.get(0).bare());
            }
        }

        /**
         * "… in 2012. Develop the …": a capitalised word after a full stop and before a lower-case word. Only the
         * words around each full stop are looked at, because this runs over every paragraph of the corpus.
         */
        private void collectSentenceStarters(String paragraph) {
            int n = paragraph.length();
            for (int dot = paragraph.indexOf('.'); dot >= 0; dot = paragraph.indexOf('.', dot + 1)) {
                if (dot + 1 >= n || !Token.isSpace(paragraph.charAt(dot + 1))) {
                    continue;
                }
                int previousStart = dot;
                while (previousStart > 0 && !Token.isSpace(paragraph.charAt(previousStart - 1))) {
                    previousStart--;
                }
                Token previous = new Token(paragraph.substring(previousStart, dot + 1), previousStart, false);
                Token word = Token.wordAt(paragraph, dot + 1);
                Token next = word == null ? null : Token.wordAt(paragraph, word.end());
                if (next == null || previous.text().equals("No.") || previous.bare().length() <= 2) {
                    continue;
                }
                if (word.capitalized() && next.lowercase() && !CONNECTORS.contains(next.bare())) {
                    sentenceStarters.add(word.bare());
                }
            }
        }

        /** Adds what another builder learned (the union of both), so files can be observed in parallel. */
        public Builder merge(Builder other) {
            knownHeadings.addAll(other.knownHeadings);
            sentenceStarters.addAll(other.sentenceStarters);
            return this;
        }

        /** The lexicon learned so far. */
        public HeadingLexicon build() {
            return new HeadingLexicon(knownHeadings, sentenceStarters);
        }
    }
}
