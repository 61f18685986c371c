package org.fupin.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.fupin.corpus.Chapter;
import org.fupin.corpus.ChapterSplitter;
import org.fupin.corpus.Corpus;
import org.fupin.corpus.CorpusException;
import org.fupin.corpus.HeadingDetector;
import org.fupin.corpus.HeadingSplit;
import org.fupin.corpus.HeadingStyle;
import org.fupin.corpus.ParsedReport;
import org.fupin.corpus.ReportParser;
import org.fupin.vocab.Province;

/**
 * The seed sections and sentences the generator remixes, loaded once. The seeds are split into sections by the
 * real parser, whose split of the seeds is pinned section by section by the indexer's golden test, so every
 * heading and body here is known to be right. Which remixed text the parser then gets right is not checked here:
 * that is what the manifest check measures. The one filter that uses the parser is about years, not headings: a
 * section that mentions a year must carry its chapter's year on its own, so the manifest's year stays exact
 * whatever it is mixed with.
 */
final class SeedPool {

    /** The English chapter title shape the parser recognises. */
    private static final Pattern CHAPTER_TITLE =
            Pattern.compile("^Poverty Alleviation and Development (?:in|of) [A-Z][\\p{L} '’()-]{1,90}$");

    private static final String PROBE_TITLE = "Poverty Alleviation and Development in Hebei Province";

    private final List<PoolSection> sections;
    private final List<Sentence> sentences;
    private final List<String> footer;
    private final List<String> reporters;
    private final int candidates;

    private SeedPool(
            List<PoolSection> sections,
            List<Sentence> sentences,
            List<String> footer,
            List<String> reporters,
            int candidates) {
        this.sections = List.copyOf(sections);
        this.sentences = List.copyOf(sentences);
        this.footer = List.copyOf(footer);
        this.reporters = List.copyOf(reporters);
        this.candidates = candidates;
    }

    /** Reads the seed reports and keeps the sections whose year is safe to move. */
    static SeedPool load(Path seedFolder) throws CorpusException {
        Corpus corpus = Corpus.open(seedFolder);
        ReportParser parser = new ReportParser();
        List<PoolSection> candidates = new ArrayList<>();
        Set<String> footer = new LinkedHashSet<>();
        Set<String> reporters = new LinkedHashSet<>();
        for (Path path : corpus.files()) {
            String text = Corpus.read(path);
            ParsedReport parsed = parser.parse(path.getFileName().toString(), text);
            HeadingDetector detector = new HeadingDetector(ReportParser.lexiconOf(text));
            List<List<String>> chapters = chapterBodies(text, footer, reporters);
            if (chapters.size() != parsed.chapters().size()) {
                throw new IllegalStateException(
                        "seed " + path + ": found " + chapters.size() + " chapter titles but the parser found "
                                + parsed.chapters().size() + " chapters");
            }
            for (int c = 0; c < chapters.size(); c++) {
                Chapter chapter = parsed.chapters().get(c);
                if (chapter.year() > 0 && chapter.province() != null) {
                    collectSections(chapters.get(c), chapter, detector, candidates);
                }
            }
        }
        ReportParser probe = new ReportParser();
        List<PoolSection> kept = new ArrayList<>();
        for (PoolSection s : candidates) {
            boolean anyYear =
                    Years.mentionsYear(s.firstBody()) || s.rest().stream().anyMatch(Years::mentionsYear);
            if (!anyYear || carriesItsYear(s, probe)) {
                kept.add(new PoolSection(
                        kept.size(),
                        s.seedYear(),
                        s.seedProvince(),
                        s.heading(),
                        s.headPart(),
                        s.firstBody(),
                        s.rest(),
                        s.mentionsYear()));
            }
        }
        if (kept.stream().noneMatch(PoolSection::hasSpacedForm) || kept.stream().noneMatch(PoolSection::mentionsYear)) {
            throw new IllegalStateException("the seeds in " + seedFolder + " leave no usable sections to remix");
        }
        List<Sentence> sentences = new ArrayList<>();
        for (PoolSection s : candidates) {
            List<String> body = new ArrayList<>(List.of(s.firstBody()));
            body.addAll(s.rest());
            for (String paragraph : body) {
                for (String sentence : Sentences.split(paragraph)) {
                    if (Years.onlyMentions(sentence, s.seedYear())) {
                        sentences.add(new Sentence(sentence, s.seedYear(), s.seedProvince(), s.headingKey()));
                    }
                }
            }
        }
        List<String> names = reporters.isEmpty() ? List.of("Wang Lin") : List.copyOf(reporters);
        return new SeedPool(kept, sentences, List.copyOf(footer), names, candidates.size());
    }

    /** Every usable section. */
    List<PoolSection> sections() {
        return sections;
    }

    /** Every sentence of every seed section body whose only year is its chapter's. */
    List<Sentence> sentences() {
        return sentences;
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

    /**
     * One sentence of a seed section body.
     *
     * @param text       the sentence, ending in its punctuation
     * @param seedYear   its chapter's year
     * @param province   its chapter's province
     * @param headingKey its section's heading, lower case
     */
    record Sentence(String text, int seedYear, Province province, String headingKey) {}

    /** The paragraphs of each chapter after its title, without attribution lines; collects footer and reporters. */
    private static List<List<String>> chapterBodies(String text, Set<String> footer, Set<String> reporters) {
        List<List<String>> chapters = new ArrayList<>();
        boolean openAttribution = false;
        for (String line : text.split("\\R")) {
            String p = strip(line);
            if (p.isEmpty()) {
                continue;
            }
            if (openAttribution && p.endsWith(")")) {
                // The second line of an attribution spread over two lines.
                openAttribution = false;
                continue;
            }
            openAttribution = false;
            if (isFooter(p)) {
                footer.add(p);
            } else if (isChapterTitle(p)) {
                chapters.add(new ArrayList<>());
            } else if (p.startsWith("(") || p.startsWith("（")) {
                // Attribution lines are rewritten per chapter; keep the reporters' names.
                String[] parts = p.substring(1).split(",\\s*");
                if (parts.length >= 2 && parts[0].matches("[A-Z][a-z]+ [A-Z][a-z]+")) {
                    reporters.add(parts[0]);
                }
                openAttribution = !p.endsWith(")") && !p.endsWith("）");
            } else if (!chapters.isEmpty() && !p.equalsIgnoreCase(ReportWriter.COLLECTION_HEADER)) {
                chapters.getLast().add(p);
            }
        }
        return chapters;
    }

    /** Splits a seed chapter as the parser does and checks that the sections agree with the parse. */
    private static void collectSections(
            List<String> paragraphs, Chapter chapter, HeadingDetector detector, List<PoolSection> out) {
        ChapterSplitter.Split split = ChapterSplitter.split(paragraphs, detector);
        List<String> headings = new ArrayList<>();
        HeadingSplit head = null;
        String raw = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i <= paragraphs.size(); i++) {
            HeadingSplit h = i < paragraphs.size() ? split.headings().get(i) : null;
            if (h != null || i == paragraphs.size()) {
                if (head != null) {
                    add(out, head, raw, rest, chapter);
                }
                if (h != null) {
                    headings.add(h.heading());
                    head = h;
                    raw = paragraphs.get(i);
                    rest = new ArrayList<>();
                }
            } else if (head != null) {
                rest.add(paragraphs.get(i));
            }
            // Paragraphs before a chapter's first heading are its preamble; the generator does not copy them.
        }
        List<String> parsed = chapter.sections().stream().map(s -> s.heading()).toList();
        if (!parsed.subList(parsed.size() - headings.size(), parsed.size()).equals(headings)) {
            throw new IllegalStateException("seed " + chapter.file() + " chapter " + chapter.index()
                    + ": the pool's split differs from the parser's: " + headings + " vs " + parsed);
        }
    }

    private static void add(List<PoolSection> out, HeadingSplit head, String raw, List<String> rest, Chapter chapter) {
        if (Years.mentionsYear(head.heading()) || head.body().isEmpty()) {
            // A year inside a heading would change the heading when the text moves to another year; a heading alone
            // on its line has no first body to carry into the other layouts.
            return;
        }
        String headPart = head.style() == HeadingStyle.BRACKETED
                ? null
                : raw.substring(0, raw.length() - head.body().length());
        // Only the first paragraph counts: it is written in every layout, while a further paragraph may be left out
        // when it would look like a heading there, and the chapter's first section must state the chapter's year.
        boolean mentionsYear = Years.mentionsYear(head.body());
        out.add(new PoolSection(
                out.size(),
                chapter.year(),
                chapter.province(),
                head.heading(),
                headPart,
                head.body(),
                rest,
                mentionsYear));
    }

    /** The section's year mentions, alone in a chapter, make its seed year the chapter's year. */
    private static boolean carriesItsYear(PoolSection s, ReportParser parser) {
        StringBuilder text = new StringBuilder(PROBE_TITLE)
                .append("\n\n【")
                .append(s.heading())
                .append("】 ")
                .append(s.firstBody())
                .append("\n\n");
        s.rest().forEach(p -> text.append(p).append("\n\n"));
        ParsedReport probe = parser.parse("probe.txt", text.toString());
        return probe.chapters().size() == 1 && probe.chapters().getFirst().year() == s.seedYear();
    }

    static boolean isChapterTitle(String paragraph) {
        return CHAPTER_TITLE.matcher(paragraph).matches()
                && Province.findIn(paragraph).isPresent();
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
