package org.fupin.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Decides how one chapter marks its headings and splits it by that style alone, so that a chapter with
 * 【bracketed】 headings never takes a Title-Case sentence for a heading, and a numbered chapter never takes a
 * list inside a section for one.
 *
 * <p>Every paragraph is looked at under each style. The evidence for the inline (yearbook) style is of two
 * strengths: marks (a heading glued to its body, a wide gap, capitals) and guesses (a Title-Case run before a
 * sentence). Another style wins when its headings outnumber the inline marks plus half the guesses: in a bracketed
 * chapter the few guesses are body paragraphs that happen to start in Title Case, while in a yearbook chapter one
 * stray {@code Overview】} does not outweigh a dozen glued and spaced headings. A winning style must also mark the
 * chapter's first marked paragraph, so colon-labelled items or a numbered list inside a yearbook section do not
 * take the chapter over. Among styles that win, the one with the most headings is taken (ties: brackets, numbers,
 * labels, lines). Otherwise the chapter is inline, which accepts brackets and Title-Case lines as well, since
 * yearbook chapters mix them. The rules are described for users in docs/parser.md.
 */
public final class ChapterSplitter {

    private ChapterSplitter() {}

    /**
     * A chapter's style and the heading (or null) of each of its paragraphs.
     *
     * @param style    the style the chapter was split by
     * @param headings per paragraph, the heading it starts with, or null when it continues the section before
     */
    public record Split(ChapterStyle style, List<HeadingSplit> headings) {
        public Split {
            // List.copyOf refuses the nulls that mark continuation paragraphs.
            headings = Collections.unmodifiableList(new ArrayList<>(headings));
        }
    }

    /** Splits a chapter's paragraphs (title and attribution lines excluded) with a report's heading detector. */
    public static Split split(List<String> paragraphs, HeadingDetector detector) {
        int n = paragraphs.size();
        HeadingSplit[] bracketed = new HeadingSplit[n];
        Numbering[] numbered = new Numbering[n];
        HeadingSplit[] line = new HeadingSplit[n];
        HeadingSplit[] label = new HeadingSplit[n];
        HeadingSplit[] inline = new HeadingSplit[n];
        int brackets = 0;
        int lines = 0;
        int labels = 0;
        int marks = 0;
        int guesses = 0;
        for (int i = 0; i < n; i++) {
            String p = paragraphs.get(i);
            bracketed[i] = HeadingDetector.bracketed(p).orElse(null);
            if (bracketed[i] != null) {
                brackets++;
                continue;
            }
            numbered[i] = Numbering.of(p).orElse(null);
            if (numbered[i] != null) {
                continue;
            }
            line[i] = HeadingDetector.line(p).orElse(null);
            label[i] = line[i] == null ? HeadingDetector.label(p, false).orElse(null) : null;
            lines += line[i] != null ? 1 : 0;
            labels += label[i] != null ? 1 : 0;
            Optional<HeadingSplit> marked = detector.inlineMarked(p);
            if (marked.isPresent()) {
                inline[i] = marked.get();
                // A Title-Case line alone counts for the line style, not as an inline mark.
                marks += marked.get().style() == HeadingStyle.STANDALONE ? 0 : 1;
            } else {
                inline[i] = detector.unmarked(p, true).orElse(null);
                guesses += inline[i] != null ? 1 : 0;
            }
        }
        boolean[] inSequence = numberedSequence(numbered);
        int sequence = count(inSequence);

        double inlineEvidence = marks + guesses / 2.0;
        ChapterStyle first = firstMarked(bracketed, inSequence, label, line, inline);
        ChapterStyle style = ChapterStyle.INLINE;
        int best = 0;
        int[] counts = {brackets, sequence >= 2 ? sequence : 0, labels >= 2 ? labels : 0, lines >= 2 ? lines : 0};
        ChapterStyle[] styles = {ChapterStyle.BRACKETED, ChapterStyle.NUMBERED, ChapterStyle.LABELLED, ChapterStyle.LINE
        };
        for (int k = 0; k < counts.length; k++) {
            // A style must also mark the chapter's first heading: colon-labelled items or a numbered list inside a
            // yearbook section come after the section's own glued or spaced heading.
            if (counts[k] > 0 && counts[k] > inlineEvidence && counts[k] > best && first == styles[k]) {
                style = styles[k];
                best = counts[k];
            }
        }
        if (style == ChapterStyle.INLINE && brackets + marks + guesses + lines == 0) {
            style = ChapterStyle.NONE;
        }

        HeadingSplit[] headings = new HeadingSplit[n];
        for (int i = 0; i < n; i++) {
            headings[i] = switch (style) {
                case BRACKETED -> bracketed[i];
                case NUMBERED -> inSequence[i] ? numberedHeading(numbered[i], detector) : null;
                case LABELLED -> label[i];
                case LINE -> line[i];
                case INLINE -> bracketed[i] != null ? bracketed[i] : inline[i];
                case NONE -> null;
            };
        }
        return new Split(style, Arrays.asList(headings));
    }

    /** The style of the first paragraph that carries a mark (guesses aside), or INLINE for an inline mark or none. */
    private static ChapterStyle firstMarked(
            HeadingSplit[] bracketed,
            boolean[] inSequence,
            HeadingSplit[] label,
            HeadingSplit[] line,
            HeadingSplit[] inline) {
        for (int i = 0; i < bracketed.length; i++) {
            if (bracketed[i] != null) {
                return ChapterStyle.BRACKETED;
            }
            if (inSequence[i]) {
                return ChapterStyle.NUMBERED;
            }
            if (line[i] != null) {
                return ChapterStyle.LINE;
            }
            if (label[i] != null) {
                return ChapterStyle.LABELLED;
            }
            if (inline[i] != null && inline[i].style() != HeadingStyle.SPACED) {
                return ChapterStyle.INLINE;
            }
        }
        return ChapterStyle.INLINE;
    }

    /**
     * The chapter's numbered headings: the scheme of the first paragraph numbered 1 (or I, 一), then each paragraph
     * of that scheme carrying the next number. A list inside a section starts again at 1 and is skipped.
     */
    private static boolean[] numberedSequence(Numbering[] numbered) {
        boolean[] member = new boolean[numbered.length];
        Numbering.Scheme scheme = null;
        int expected = 1;
        for (int i = 0; i < numbered.length; i++) {
            Numbering num = numbered[i];
            if (num == null) {
                continue;
            }
            if (scheme == null && num.value() == 1) {
                scheme = num.scheme();
            }
            if (num.scheme() == scheme && num.value() == expected) {
                member[i] = true;
                expected++;
            }
        }
        return member;
    }

    /** The heading after a number: alone on its line, a label, or split off its body by the inline rules. */
    private static HeadingSplit numberedHeading(Numbering num, HeadingDetector detector) {
        Optional<HeadingSplit> split = detector.detectKnownHeading(num.rest());
        if (split.isPresent()) {
            return new HeadingSplit(split.get().heading(), split.get().body(), HeadingStyle.NUMBERED);
        }
        // No split point: the first sentence is the heading, as a numbered item that runs on states its subject first.
        String rest = num.rest();
        int end = firstSentenceEnd(rest);
        return new HeadingSplit(
                HeadingLexicon.normalizeSpace(rest.substring(0, end).replaceAll("[.;；。]$", "")),
                Paragraphs.stripAll(rest.substring(end)),
                HeadingStyle.NUMBERED);
    }

    private static int firstSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。'
                    || (c == '.' || c == ';' || c == '；')
                            && (i + 1 == text.length() || Token.isSpace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }
}
