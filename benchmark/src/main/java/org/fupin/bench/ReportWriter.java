package org.fupin.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.fupin.vocab.Province;

/**
 * Writes reports in the two layouts of the seeds: a yearbook file of many chapters (collection header, indented
 * paragraphs, unbracketed spaced or glued headings, an attribution line closing each chapter) and a single-chapter
 * file with 【bracketed】 headings. Both end with the Chinese site footer.
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
            return List.of("(" + reporter + ", Poverty Alleviation Office of",
                    titleName(p) + " Development and Reform Commission)");
        }
        return List.of("(" + reporter + ", " + titleName(p) + " Poverty Alleviation Office)");
    }

    /** Writes a yearbook file holding several chapters; all chapters share the plan's years as given. */
    void writeMulti(Writer out, List<ChapterPlan> chapters) throws IOException {
        out.write(COLLECTION_HEADER + "\n\n");
        for (ChapterPlan chapter : chapters) {
            out.write(INDENT_MULTI + title(chapter.province()) + "\n\n" + SPACER + "\n\n");
            for (PoolSection s : chapter.sections()) {
                writeParagraphs(out, INDENT_MULTI, s.spaced(), chapter.year() - s.seedYear());
            }
            for (String line : attribution(chapter.province(), chapter.reporter(), chapter.attribution())) {
                out.write(INDENT_MULTI + line + "\n\n");
            }
            out.write(SPACER + "\n\n");
        }
        writeFooter(out);
    }

    /** Writes a single-chapter file with bracketed headings. */
    void writeSingle(Writer out, ChapterPlan chapter) throws IOException {
        out.write(title(chapter.province()) + "\n\n");
        int k = 0;
        for (PoolSection s : chapter.sections()) {
            writeParagraphs(out, INDENT_SINGLE, s.bracketed(), chapter.year() - s.seedYear());
            if (++k % 7 == 0) {
                out.write(SPACER + "\n\n");
            }
        }
        writeFooter(out);
    }

    private static void writeParagraphs(Writer out, String indent, List<String> paragraphs, int yearDelta)
            throws IOException {
        for (String p : paragraphs) {
            out.write(indent);
            out.write(Years.shift(p, yearDelta));
            out.write("\n\n");
        }
    }

    private void writeFooter(Writer out) throws IOException {
        for (String line : footer) {
            out.write(line + "\n\n");
        }
    }
}
