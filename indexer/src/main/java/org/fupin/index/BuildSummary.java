package org.fupin.index;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a build indexed: counts per file, chapter, province and year, and the warnings a human should read.
 *
 * @param files              report files read
 * @param chapters           one line per chapter: file, index, province, year, section count
 * @param sections           sections indexed
 * @param figures            figures extracted from the sections and stored with them
 * @param sectionsByProvince sections per province (unknown province under "?")
 * @param sectionsByYear     sections per year (unknown year under 0)
 * @param warnings           chapters without a year or province, text outside chapters
 * @param millis             wall time of the build
 */
public record BuildSummary(
        int files,
        List<ChapterCount> chapters,
        int sections,
        long figures,
        SortedMap<String, Integer> sectionsByProvince,
        SortedMap<Integer, Integer> sectionsByYear,
        List<String> warnings,
        long millis) {

    public BuildSummary {
        chapters = List.copyOf(chapters);
        sectionsByProvince = new TreeMap<>(sectionsByProvince);
        sectionsByYear = new TreeMap<>(sectionsByYear);
        warnings = List.copyOf(warnings);
    }

    /** One chapter's section count. */
    public record ChapterCount(String file, int index, String province, int year, int sections) {}

    /** A human-readable report of the build for the CLI. */
    public String render(boolean perChapter) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Indexed %d sections from %d chapters in %d files in %.1f s%n",
                sections,
                chapters.size(),
                files,
                millis / 1000.0));
        out.append(String.format(Locale.ROOT, "Figures: %d%n", figures));
        if (perChapter) {
            out.append("Sections per chapter:\n");
            for (ChapterCount c : chapters) {
                out.append(String.format(
                        Locale.ROOT,
                        "  %-28s #%-3d %-44s %4s %4d%n",
                        c.file(),
                        c.index(),
                        c.province(),
                        c.year() == 0 ? "?" : Integer.toString(c.year()),
                        c.sections()));
            }
        }
        out.append("Sections per province:\n");
        appendCounts(out, sectionsByProvince);
        out.append("Sections per year:\n");
        appendCounts(out, sectionsByYear);
        out.append("Warnings: ")
                .append(warnings.isEmpty() ? "none" : warnings.size())
                .append('\n');
        warnings.forEach(w -> out.append("  ").append(w).append('\n'));
        return out.toString();
    }

    private static void appendCounts(StringBuilder out, Map<?, Integer> counts) {
        counts.forEach((k, v) -> out.append(String.format(Locale.ROOT, "  %-44s %6d%n", k, v)));
    }
}
