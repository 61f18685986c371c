package org.fupin.corpus;

import java.util.List;

/**
 * A report split into chapters, with what the parser wants a human to check.
 *
 * @param file     the file name
 * @param chapters the chapters in order
 * @param warnings problems found (a chapter without a year or province, text outside any chapter)
 */
public record ParsedReport(String file, List<Chapter> chapters, List<String> warnings) {

    public ParsedReport {
        chapters = List.copyOf(chapters);
        warnings = List.copyOf(warnings);
    }

    /** Number of sections over all chapters. */
    public int sectionCount() {
        return chapters.stream().mapToInt(c -> c.sections().size()).sum();
    }
}
