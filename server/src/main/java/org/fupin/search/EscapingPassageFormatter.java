package org.fupin.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighter passages as safe HTML: all text escaped, matches wrapped in {@code <mark>}, passages longer
 * than a limit cut to a window around their first match, gaps shown as an ellipsis.
 */
final class EscapingPassageFormatter extends PassageFormatter {

    private static final String ELLIPSIS = "…";
    private static final int LEAD = 80;

    private final int maxPassageChars;

    /** A formatter that cuts passages to about {@code maxPassageChars}; {@code Integer.MAX_VALUE} keeps them whole. */
    EscapingPassageFormatter(int maxPassageChars) {
        this.maxPassageChars = maxPassageChars;
    }

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        int previousEnd = 0;
        for (Passage passage : passages) {
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            if (end - start > maxPassageChars) {
                int firstMatch = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
                start = Math.max(start, Math.min(firstMatch - LEAD, end - maxPassageChars));
                start = wordStart(content, start, passage.getStartOffset());
                end = wordEnd(content, Math.min(end, start + maxPassageChars), passage.getEndOffset());
            }
            if (start > previousEnd || (out.isEmpty() && start > 0)) {
                out.append(out.isEmpty() ? ELLIPSIS + " " : " " + ELLIPSIS + " ");
            }
            appendPassage(passage, content, start, end, out);
            previousEnd = end;
        }
        if (previousEnd < content.length()
                && passages.length > 0
                && !content.substring(previousEnd).isBlank()) {
            out.append(" ").append(ELLIPSIS);
        }
        return out.toString().strip();
    }

    private static int wordStart(String content, int at, int floor) {
        int i = at;
        while (i > floor && !Character.isWhitespace(content.charAt(i - 1)) && at - i < 20) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String content, int at, int ceiling) {
        int i = at;
        while (i < ceiling && !Character.isWhitespace(content.charAt(i)) && i - at < 20) {
            i++;
        }
        return i;
    }

    private static void appendPassage(Passage passage, String content, int start, int end, StringBuilder out) {
        int pos = start;
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int matchStart = Math.max(passage.getMatchStarts()[i], pos);
            int matchEnd = passage.getMatchEnds()[i];
            if (matchStart >= end) {
                break;
            }
            if (matchEnd <= pos) {
                continue;
            }
            boolean joinsPrevious = pos > start
                    && out.toString().endsWith("</mark>")
                    && content.substring(pos, matchStart).isBlank();
            if (joinsPrevious) {
                // Neighbouring matches read as one phrase: "<mark>mutual funds</mark>", not two marks.
                out.setLength(out.length() - "</mark>".length());
                Html.escape(content, pos, matchEnd, out);
            } else {
                Html.escape(content, pos, matchStart, out);
                out.append("<mark>");
                Html.escape(content, matchStart, matchEnd, out);
            }
            out.append("</mark>");
            pos = matchEnd;
        }
        if (pos < end) {
            Html.escape(content, pos, end, out);
        }
    }
}
