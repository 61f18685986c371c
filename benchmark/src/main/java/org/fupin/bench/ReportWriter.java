package org.fupin.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.fupin.vocab.Province;

/**
 * Writes rendered chapters in the layouts of the seeds: a yearbook file of many chapters (collection header, indented
 * paragraphs, an attribution line closing each chapter) and a single-chapter file (bracketed, numbered, line or
 * labelled headings). Both end with the Chinese site footer.
 */
final class ReportWriter {

    /** The header line of multi-chapter yearbook files. */
    static final String COLLECTION_HEADER = "Local Poverty Alleviation";

    private static final String INDENT_MULTI = "    ";
    private static final String INDENT_SINGLE = "      ";
    private static final String SPACER = "    \u00a0";

    private final List<String> footer;

    ReportWriter(List<String> footer) {
        this.footer = List.copyOf(footer);
    }

    /** The English title the parser maps back to the province, e.g. "Ningxia Hui Autonomous Region". */
    static String titleName(Province p) {
        return switch (p) {
            case BEIJING, TIANJIN, SHANGHAI, CHONGQING -> p.english() + " Municipality";
            case INNER_MONGOLIA, TIBET -> p.english() + " Autonomous Region";
            case GUANGXI -> "Guangxi Zhuang Autonomous Region";
            case NINGXIA -> "Ningxia Hui Autonomous Region";
            case XINJIANG -> "Xinjiang Uygur Autonomous Region";
            case XPCC -> p.english();
            default -> p.english() + " Province";
        };
    }

    /** The chapter title line. */
    static String title(Province p) {
        return "Poverty Alleviation and Development in " + titleName(p);
    }

    /** The attribution that closes a yearbook chapter, on one line or (variant 1) cut over two, as in the seeds. */
    static List<String> attribution(Province p, String reporter, int variant) {
        if (variant == 1) {
            return List.of(
                    "(" + reporter + ", Poverty Alleviation Office of",
                    titleName(p) + " Development and Reform Commission)");
        }
        return List.of("(" + reporter + ", " + titleName(p) + " Poverty Alleviation Office)");
    }

    /** Writes a yearbook file holding several chapters; all chapters share the plan's years as given. */
    void writeMulti(Writer out, List<ChapterPlan> chapters) throws IOException {
        out.write(COLLECTION_HEADER + "\n\n");
        for (ChapterPlan chapter : chapters) {
            out.write(INDENT_MULTI + title(chapter.province()) + "\n\n" + SPACER + "\n\n");
            String gap = chapter.compact() ? "\n" : "\n\n";
            for (ChapterPlan.WrittenSection s : chapter.sections()) {
                writeLines(out, INDENT_MULTI, s.lines(), gap);
            }
            for (String line : attribution(chapter.province(), chapter.reporter(), chapter.attribution())) {
                out.write(INDENT_MULTI + line + gap);
            }
            out.write(SPACER + "\n\n");
        }
        writeFooter(out);
    }

    /**
     * Writes a single-chapter file. A compact chapter has no blank lines at all; otherwise a heading alone on its
     * line is followed directly by its body in every other section, and paragraphs are separated by blank lines.
     */
    void writeSingle(Writer out, ChapterPlan chapter) throws IOException {
        out.write(title(chapter.province()) + "\n\n");
        int k = 0;
        for (ChapterPlan.WrittenSection s : chapter.sections()) {
            boolean tightHeading = chapter.compact() || k % 2 == 0;
            boolean headingLine = chapter.layout() == Layout.NUMBERED || chapter.layout() == Layout.LINE;
            for (int i = 0; i < s.lines().size(); i++) {
                out.write(INDENT_SINGLE);
                out.write(s.lines().get(i));
                out.write(chapter.compact() || i == 0 && headingLine && tightHeading ? "\n" : "\n\n");
            }
            if (++k % 7 == 0 && !chapter.compact()) {
                out.write(SPACER + "\n\n");
            }
        }
        writeFooter(out);
    }

    private static void writeLines(Writer out, String indent, List<String> lines, String gap) throws IOException {
        for (String line : lines) {
            out.write(indent);
            out.write(line);
            out.write(gap);
        }
    }

    private void writeFooter(Writer out) throws IOException {
        for (String line : footer) {
            out.write(line + "\n\n");
        }
    }
}
