package org.fupin.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fupin.corpus.Chapter;
import org.fupin.corpus.Corpus;
import org.fupin.corpus.CorpusException;
import org.fupin.corpus.ReportParser;
import org.fupin.corpus.Section;

/**
 * Parses a generated corpus the way the index builder does and compares every chapter with the manifest: a chapter
 * is exact when its province, year, number of sections and every heading are what the generator wrote. Prints the
 * rate per layout and the first mismatches, and writes the same as JSON.
 */
public final class ManifestCheck {

    /**
     * Chapters and exact chapters of one layout.
     *
     * @param chapters chapters the manifest lists
     * @param exact    chapters parsed exactly
     * @param more     chapters parsed with more sections than written (a body paragraph taken for a heading)
     * @param fewer    chapters parsed with fewer sections (a heading taken for body text)
     * @param headings chapters with the right count but a different heading
     * @param other    chapters missing, or with the wrong province or year
     */
    public record Tally(int chapters, int exact, int more, int fewer, int headings, int other) {}

    /**
     * One chapter that differs from the manifest.
     *
     * @param file     the report file
     * @param chapter  the chapter's position in it
     * @param layout   the chapter's layout
     * @param problem  what differs
     * @param expected the manifest's heading at the first difference, or ""
     * @param found    the parsed heading at the first difference and the start of its body, or ""
     */
    public record Mismatch(String file, int chapter, String layout, String problem, String expected, String found) {}

    /**
     * The whole check.
     *
     * @param corpus        the corpus folder
     * @param chapters      chapters the manifest lists
     * @param exact         chapters parsed exactly
     * @param exactRate     exact / chapters
     * @param sections      sections the manifest lists
     * @param parsedSections sections the parser found
     * @param byLayout      the tally per layout, and {@code all}
     * @param mismatches    the first mismatches (at most the {@code --show} option)
     */
    public record Result(
            String corpus,
            int chapters,
            int exact,
            double exactRate,
            long sections,
            long parsedSections,
            Map<String, Tally> byLayout,
            List<Mismatch> mismatches) {}

    private ManifestCheck() {}

    /** CLI: {@code --corpus DIR [--out check.json] [--show 20]}. */
    public static void main(String[] args) throws IOException, CorpusException {
        Args a = Args.parse(args, Set.of("corpus", "out", "show"));
        Result result = run(a.path("corpus"), (int) a.number("show", 20));
        System.out.print(table(result));
        if (a.has("out")) {
            Path out = a.path("out");
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), result);
            System.out.println("Wrote " + out);
        }
    }

    /** Parses the corpus and compares it with its manifest, keeping at most {@code show} mismatches. */
    public static Result run(Path corpusFolder, int show) throws IOException, CorpusException {
        List<ManifestEntry> manifest = Manifest.read(corpusFolder);
        Map<String, Map<Integer, Chapter>> parsed = parse(corpusFolder);
        Map<String, int[]> counts = new TreeMap<>();
        List<Mismatch> mismatches = new ArrayList<>();
        long parsedSections = parsed.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToLong(c -> c.sections().size())
                .sum();
        int exact = 0;
        for (ManifestEntry e : manifest) {
            Chapter c = parsed.getOrDefault(e.file(), Map.of()).get(e.chapter());
            Mismatch m = compare(e, c);
            int kind = m == null
                    ? 0
                    : switch (m.problem().split(":")[0]) {
                        case "more sections" -> 1;
                        case "fewer sections" -> 2;
                        case "heading" -> 3;
                        default -> 4;
                    };
            for (String layout : List.of(e.layout().isEmpty() ? "unknown" : e.layout(), "all")) {
                int[] n = counts.computeIfAbsent(layout, k -> new int[6]);
                n[0]++;
                n[kind == 0 ? 1 : kind + 1]++;
            }
            if (m == null) {
                exact++;
            } else if (mismatches.size() < show) {
                mismatches.add(m);
            }
        }
        Map<String, Tally> byLayout = new LinkedHashMap<>();
        counts.forEach((layout, n) -> byLayout.put(layout, new Tally(n[0], n[1], n[2], n[3], n[4], n[5])));
        return new Result(
                corpusFolder.toString(),
                manifest.size(),
                exact,
                manifest.isEmpty() ? 0 : exact / (double) manifest.size(),
                Manifest.sections(manifest),
                parsedSections,
                byLayout,
                mismatches);
    }

    /** Every chapter of every report, parsed the way {@code IndexBuilder} parses them. */
    static Map<String, Map<Integer, Chapter>> parse(Path corpusFolder) throws CorpusException {
        Corpus corpus = Corpus.open(corpusFolder);
        ReportParser parser = new ReportParser();
        Map<String, Map<Integer, Chapter>> chapters = new HashMap<>();
        for (Path file : corpus.files()) {
            String name = file.getFileName().toString();
            Map<Integer, Chapter> byIndex = new HashMap<>();
            for (Chapter c : parser.parse(name, Corpus.read(file)).chapters()) {
                byIndex.put(c.index(), c);
            }
            chapters.put(name, byIndex);
        }
        return chapters;
    }

    /** The first difference between what the manifest promises and what was parsed, or null when there is none. */
    static Mismatch compare(ManifestEntry e, Chapter c) {
        if (c == null) {
            return new Mismatch(e.file(), e.chapter(), e.layout(), "chapter not found", "", "");
        }
        String province = c.province() == null ? "?" : c.province().english();
        if (!province.equals(e.province()) || c.year() != e.year()) {
            return new Mismatch(
                    e.file(),
                    e.chapter(),
                    e.layout(),
                    "province/year: found " + province + " " + c.year() + ", expected " + e.province() + " " + e.year(),
                    "",
                    "");
        }
        List<Section> sections = c.sections();
        int firstDifference = -1;
        for (int k = 0; k < e.headings().size(); k++) {
            if (k >= sections.size()
                    || !e.headings().get(k).equals(sections.get(k).heading())) {
                firstDifference = k;
                break;
            }
        }
        if (sections.size() == e.sections() && firstDifference < 0) {
            return null;
        }
        String problem = sections.size() > e.sections()
                ? "more sections: " + sections.size() + " for " + e.sections()
                : sections.size() < e.sections()
                        ? "fewer sections: " + sections.size() + " for " + e.sections()
                        : "heading: section " + (firstDifference + 1);
        if (firstDifference < 0) {
            firstDifference = Math.min(e.sections(), sections.size() - 1);
        }
        String expected = firstDifference < e.headings().size() ? e.headings().get(firstDifference) : "";
        String found = "";
        if (firstDifference < sections.size()) {
            Section s = sections.get(firstDifference);
            found = s.heading() + " | "
                    + s.text().substring(0, Math.min(80, s.text().length()));
        }
        return new Mismatch(e.file(), e.chapter(), e.layout(), problem, expected, found);
    }

    /** The result as a human-readable table. */
    public static String table(Result r) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(
                Locale.ROOT,
                "corpus %s: %,d of %,d chapters exact (%.3f %%); %,d sections written, %,d parsed%n",
                r.corpus(),
                r.exact(),
                r.chapters(),
                100 * r.exactRate(),
                r.sections(),
                r.parsedSections()));
        t.append(String.format(
                Locale.ROOT,
                "%-12s %9s %9s %9s %7s %7s %9s %7s%n",
                "layout",
                "chapters",
                "exact",
                "rate %",
                "more",
                "fewer",
                "headings",
                "other"));
        r.byLayout()
                .forEach((layout, n) -> t.append(String.format(
                        Locale.ROOT,
                        "%-12s %,9d %,9d %9.3f %,7d %,7d %,9d %,7d%n",
                        layout,
                        n.chapters(),
                        n.exact(),
                        100.0 * n.exact() / Math.max(1, n.chapters()),
                        n.more(),
                        n.fewer(),
                        n.headings(),
                        n.other())));
        for (Mismatch m : r.mismatches()) {
            t.append(String.format(
                    Locale.ROOT,
                    "  %s ch %d (%s): %s%n      expected [%s]%n      found    [%s]%n",
                    m.file(),
                    m.chapter(),
                    m.layout(),
                    m.problem(),
                    m.expected(),
                    m.found()));
        }
        return t.toString();
    }
}
