package org.fupin.corpus;

import java.util.ArrayList;
import java.util.List;

/** Splits report text into paragraphs (non-blank lines) and drops the collection header and the site footer. */
final class Paragraphs {

    private Paragraphs() {}

    /** The paragraphs of a report, stripped of surrounding white space, boilerplate removed. */
    static List<String> of(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String p = stripAll(line);
            if (!p.isEmpty() && !isBoilerplate(p)) {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }

    /** True for the collection header and the Chinese site footer lines that end every file. */
    static boolean isBoilerplate(String paragraph) {
        String p = paragraph.strip();
        return p.equalsIgnoreCase("local poverty alleviation")
                || p.contains("扫描下载手机客户端")
                || p.startsWith("地址:")
                || p.startsWith("地址：")
                || p.startsWith("版权所有");
    }

    /** Strips white space including the no-break and ideographic spaces that the reports use for indentation. */
    static String stripAll(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && Token.isSpace(line.charAt(from)) || from < to && line.charAt(from) == '\uFEFF') {
            from++;
        }
        while (to > from && Token.isSpace(line.charAt(to - 1))) {
            to--;
        }
        return line.substring(from, to);
    }
}
