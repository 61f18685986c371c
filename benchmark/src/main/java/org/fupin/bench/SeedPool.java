package org.fupin.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.fupin.corpus.Chapter;
import org.fupin.corpus.Corpus;
import org.fupin.corpus.CorpusException;
import org.fupin.corpus.HeadingDetector;
import org.fupin.corpus.HeadingLexicon;
import org.fupin.corpus.HeadingSplit;
import org.fupin.corpus.ParsedReport;
import org.fupin.corpus.ReportParser;
import org.fupin.vocab.Province;

/**
 * The seed sections the generator remixes, loaded once. A seed section is kept only when the real parser reads it
 * back as exactly one section with the same heading whatever the rest of a generated corpus teaches its lexicon
 * (checked against an empty lexicon and against one learned from every form the generator can write), and when its
 * year mentions cannot outvote its chapter's year. So the sections the generator writes are the sections the parser
 * finds, which the manifest test checks.
 */
final class SeedPool {

    /** The English chapter title shape the parser recognises. */
    private static final Pattern CHAPTER_TITLE = Pattern.compile(
            "^Poverty Alleviation and Development (?:in|of) [A-Z][\\p{L} '’()-]{1,90}$");
    private static final String PROBE_TITLE = "Poverty Alleviation and Development in Hebei Province";

    private final List<PoolSection> sections;
    private final List<String> footer;
    private final List<String> reporters;
    private final int candidates;

    private SeedPool(List<PoolSection> sections, List<String> footer, List<String> reporters, int candidates) {
        this.sections = List.copyOf(sections);
        this.footer = List.copyOf(footer);
        this.reporters = List.copyOf(reporters);
        this.candidates = candidates;
    }

    /** Reads the seed reports and keeps the sections that survive remixing. */
    static SeedPool load(Path seedFolder) throws CorpusException {
        Corpus corpus = Corpus.open(seedFolder);
        List<String> texts = new ArrayList<>();
        for (Path file : corpus.files()) {
            texts.add(Corpus.read(file));
        }
        HeadingLexicon seedLexicon = ReportParser.learn(texts);
        ReportParser seedParser = new ReportParser(seedLexicon);
        HeadingDetector detector = new HeadingDetector(seedLexicon);

        List<PoolSection> candidates = new ArrayList<>();
        Set<String> footer = new LinkedHashSet<>();
        Set<String> reporters = new LinkedHashSet<>();
        for (int f = 0; f < texts.size(); f++) {
            String text = texts.get(f);
            ParsedReport parsed = seedParser.parse(corpus.files().get(f).getFileName().toString(), text);
            List<List<String>> chapters = chapterBodies(text, footer);
            if (chapters.size() != parsed.chapters().size()) {
                throw new IllegalStateException("seed " + corpus.files().get(f) + ": found " + chapters.size()
                        + " chapter titles but the parser found " + parsed.chapters().size() + " chapters");
            }
            for (int c = 0; c < chapters.size(); c++) {
                Chapter chapter = parsed.chapters().get(c);
                if (chapter.year() > 0) {
                    collectSections(chapters.get(c), chapter.year(), detector, reporters, candidates);
                }
            }
        }
        HeadingLexicon widest = widestLexicon(candidates);
        List<PoolSection> kept = new ArrayList<>();
        for (PoolSection s : candidates) {
            if (survivesRemix(s, HeadingLexicon.empty()) && survivesRemix(s, widest)) {
                kept.add(new PoolSection(kept.size(), s.seedYear(), s.heading(), s.spaced(), s.bracketed(),
                        s.mentionsYear()));
            }
        }
        if (kept.stream().noneMatch(PoolSection::hasSpacedForm) || kept.stream().noneMatch(PoolSection::mentionsYear)) {
            throw new IllegalStateException("the seeds in " + seedFolder + " leave no usable sections to remix");
        }
        List<String> names = reporters.isEmpty() ? List.of("Wang Lin") : List.copyOf(reporters);
        return new SeedPool(kept, List.copyOf(footer), names, candidates.size());
    }

    /** Every usable section. */
    List<PoolSection> sections() {
        return sections;
    }

    /** The footer lines that end every seed report, as written. */
    List<String> footer() {
        return footer;
    }

    /** Reporter names taken from the seeds' attribution lines. */
    List<String> reporters() {
        return reporters;
    }

    /** How many seed sections were considered before filtering. */
    int candidates() {
        return candidates;
    }

    /** The paragraphs of each chapter after its title, without attribution lines; collects the footer lines. */
    private static List<List<String>> chapterBodies(String text, Set<String> footer) {
        List<List<String>> chapters = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String p = strip(line);
            if (p.isEmpty()) {
                continue;
            }
            if (isFooter(p)) {
                footer.add(p);
            } else if (isChapterTitle(p)) {
                chapters.add(new ArrayList<>());
            } else if (!chapters.isEmpty() && !p.equalsIgnoreCase(ReportWriter.COLLECTION_HEADER)) {
                chapters.getLast().add(p);
            }
        }
        return chapters;
    }

    private static void collectSections(List<String> paragraphs, int seedYear, HeadingDetector detector,
                                        Set<String> reporters, List<PoolSection> out) {
        List<String> current = null;
        HeadingSplit head = null;
        for (String p : paragraphs) {
            if (p.startsWith("(") || p.startsWith("（")) {
                // Attribution lines (and their second lines) are rewritten per chapter; keep the reporters' names.
                String[] parts = p.substring(1).split(",\\s*");
                if (parts.length >= 2 && parts[0].matches("[A-Z][a-z]+ [A-Z][a-z]+")) {
                    reporters.add(parts[0]);
                }
                continue;
            }
            Optional<HeadingSplit> split = detector.detect(p);
            if (split.isPresent()) {
                add(out, head, current, seedYear);
                head = split.get();
                current = new ArrayList<>(List.of(p));
            } else if (current != null) {
                current.add(p);
            }
            // Paragraphs before a chapter's first heading are its preamble; the generator does not copy them.
        }
        add(out, head, current, seedYear);
    }

    private static void add(List<PoolSection> out, HeadingSplit head, List<String> paragraphs, int seedYear) {
        if (head == null || Years.mentionsYear(head.heading())) {
            // A year inside a heading would change the heading when the text moves to another year.
            return;
        }
        List<String> bracketed = new ArrayList<>(paragraphs);
        List<String> spaced = null;
        if (head.style() != org.fupin.corpus.HeadingStyle.BRACKETED) {
            spaced = paragraphs;
            String gap = out.size() % 2 == 0 ? " " : "";
            bracketed.set(0, "【" + head.heading() + "】" + gap + head.body());
        }
        boolean mentionsYear = paragraphs.stream().anyMatch(Years::mentionsYear);
        out.add(new PoolSection(out.size(), seedYear, head.heading(), spaced, bracketed, mentionsYear));
    }

    /** The lexicon learned from every paragraph the generator could write: a superset of any generated corpus's. */
    private static HeadingLexicon widestLexicon(List<PoolSection> candidates) {
        HeadingLexicon.Builder builder = HeadingLexicon.builder();
        StringBuilder text = new StringBuilder();
        for (PoolSection s : candidates) {
            s.bracketed().forEach(p -> text.append(p).append('\n'));
            if (s.hasSpacedForm()) {
                s.spaced().forEach(p -> text.append(p).append('\n'));
            }
        }
        for (Province p : Province.values()) {
            ReportWriter.attribution(p, "Wang Lin", 0).forEach(line -> text.append(line).append('\n'));
            ReportWriter.attribution(p, "Wang Lin", 1).forEach(line -> text.append(line).append('\n'));
        }
        ReportParser.observe(builder, text.toString());
        return builder.build();
    }

    /** The section parses back as one section with its heading, and its year mentions cannot outvote its own. */
    private static boolean survivesRemix(PoolSection s, HeadingLexicon lexicon) {
        HeadingDetector detector = new HeadingDetector(lexicon);
        ReportParser parser = new ReportParser(lexicon);
        List<List<String>> forms = s.hasSpacedForm() ? List.of(s.spaced(), s.bracketed()) : List.of(s.bracketed());
        for (List<String> form : forms) {
            Optional<HeadingSplit> head = detector.detect(form.getFirst());
            if (head.isEmpty() || !head.get().heading().equals(s.heading())) {
                return false;
            }
            for (String p : form.subList(1, form.size())) {
                if (detector.detect(p).isPresent() || isChapterTitle(p) || isFooter(p)) {
                    return false;
                }
            }
            ParsedReport probe = parser.parse("probe.txt", PROBE_TITLE + "\n\n" + String.join("\n\n", form));
            if (probe.chapters().size() != 1 || probe.sectionCount() != 1) {
                return false;
            }
            if (s.mentionsYear() && probe.chapters().getFirst().year() != s.seedYear()) {
                return false;
            }
        }
        return true;
    }

    static boolean isChapterTitle(String paragraph) {
        return CHAPTER_TITLE.matcher(paragraph).matches() && Province.findIn(paragraph).isPresent();
    }

    static boolean isFooter(String p) {
        return p.contains("扫描下载手机客户端") || p.startsWith("地址:") || p.startsWith("地址：") || p.startsWith("版权所有");
    }

    /** Strips the white space the reports indent with, including no-break and ideographic spaces. */
    static String strip(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && isSpace(line.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(line.charAt(to - 1))) {
            to--;
        }
        return line.substring(from, to);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
