package org.fupin.corpus;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.fupin.vocab.Language;
import org.fupin.vocab.Program;
import org.fupin.vocab.Province;

/**
 * Parses one report's text into chapters and sections: finds chapter titles, attributions, headings and
 * continuation paragraphs, and tags each section with province, year and programs. Thread-safe, so the index
 * builder parses files in parallel.
 */
public final class ReportParser {

    /** The last year a report can cover: the year after the one the build runs in. */
    private static final int LAST_YEAR = Year.now(ZoneOffset.UTC).getValue() + 1;

    private final ProgramTagger tagger = new ProgramTagger();

    /** A parser. Each report is parsed on its own: what it learns from one report never affects another. */
    public ReportParser() {}

    /** What a report teaches the heading detector about itself: the headings it marks unambiguously somewhere. */
    public static HeadingLexicon lexiconOf(String reportText) {
        return lexicon(Paragraphs.of(reportText));
    }

    private static HeadingLexicon lexicon(List<String> paragraphs) {
        return HeadingLexicon.learn(paragraphs.stream()
                .filter(p -> !ChapterTitles.isChapterTitle(p))
                .toList());
    }

    /** Parses a report. */
    public ParsedReport parse(String file, String text) {
        List<String> paragraphs = Paragraphs.of(text);
        HeadingDetector headings = new HeadingDetector(lexicon(paragraphs));
        List<String> warnings = new ArrayList<>();
        List<Chapter> chapters = new ArrayList<>();
        SectionIds ids = new SectionIds();

        int i = 0;
        List<String> preamble = new ArrayList<>();
        while (i < paragraphs.size() && !ChapterTitles.isChapterTitle(paragraphs.get(i))) {
            preamble.add(paragraphs.get(i++));
        }
        if (!preamble.isEmpty()) {
            if (i == paragraphs.size()) {
                // No chapter title at all: the file is one chapter; its title is the file name.
                chapters.add(chapter(file, 1, file, preamble, headings, ids, warnings));
                return new ParsedReport(file, chapters, warnings);
            }
            warnings.add(
                    file + ": " + preamble.size() + " paragraph(s) before the first chapter title were not indexed");
        }
        while (i < paragraphs.size()) {
            String title = paragraphs.get(i++);
            List<String> body = new ArrayList<>();
            while (i < paragraphs.size() && !ChapterTitles.isChapterTitle(paragraphs.get(i))) {
                body.add(paragraphs.get(i++));
            }
            chapters.add(chapter(file, chapters.size() + 1, title, body, headings, ids, warnings));
        }
        if (chapters.isEmpty()) {
            warnings.add(file + ": no text found");
        }
        return new ParsedReport(file, chapters, warnings);
    }

    private Chapter chapter(
            String file,
            int index,
            String title,
            List<String> paragraphs,
            HeadingDetector headings,
            SectionIds ids,
            List<String> warnings) {
        String where = file + " chapter " + index + " (" + title + ")";
        Province province = Province.findIn(title).orElse(null);
        Language language =
                Language.detect(title + String.join(" ", paragraphs.subList(0, Math.min(3, paragraphs.size()))));
        String office = "";
        List<String> text = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); ) {
            int attribution = Attributions.lengthAt(paragraphs, i);
            if (attribution > 0) {
                String line = String.join(" ", paragraphs.subList(i, i + attribution));
                office = office.isEmpty() ? Attributions.office(line) : office;
                i += attribution;
            } else {
                text.add(paragraphs.get(i++));
            }
        }
        ChapterSplitter.Split split = ChapterSplitter.split(text, headings);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            HeadingSplit heading = split.headings().get(i);
            if (heading != null) {
                drafts.add(new Draft(heading.heading(), heading.style()));
                drafts.getLast().add(heading.body());
            } else {
                if (drafts.isEmpty()) {
                    drafts.add(new Draft(title, HeadingStyle.PREAMBLE));
                }
                drafts.getLast().add(text.get(i));
            }
        }
        StringBuilder all = new StringBuilder(title);
        drafts.forEach(d -> all.append('\n').append(d.heading).append('\n').append(d.body));
        YearDetector.Vote vote = YearDetector.vote(all.toString());
        OptionalInt year = vote.year() == 0 ? OptionalInt.empty() : OptionalInt.of(vote.year());
        if (province == null) {
            warnings.add(where + ": no province found");
        }
        if (year.isEmpty()) {
            warnings.add(where + ": no year found");
        } else if (vote.outOfRange(LAST_YEAR)) {
            warnings.add(where + ": year " + vote.year() + " is outside " + YearDetector.FIRST_YEAR + "-" + LAST_YEAR
                    + ", the years these reports can cover; check the text");
        } else if (vote.weak()) {
            warnings.add(where + ": year " + vote.year() + " won a weak vote (" + vote.score() + " against "
                    + vote.runnerUpScore() + " for " + vote.runnerUp() + "); check the text");
        }
        if (drafts.isEmpty()) {
            warnings.add(where + ": no sections");
        }
        return new Chapter(
                file,
                index,
                title,
                province,
                year.orElse(0),
                office,
                language,
                split.style(),
                sections(file, index, title, province, year.orElse(0), office, language, drafts, ids));
    }

    private List<Section> sections(
            String file,
            int chapterIndex,
            String title,
            Province province,
            int year,
            String office,
            Language chapterLanguage,
            List<Draft> drafts,
            SectionIds ids) {
        List<String> sectionIds = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            sectionIds.add(ids.idFor(file, title, d.heading, d.body.toString()));
        }
        List<Section> sections = new ArrayList<>(drafts.size());
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            String body = d.body.toString();
            List<Program> programs = tagger.tag(d.heading, body);
            Language language = body.isEmpty() ? chapterLanguage : Language.detect(d.heading + " " + body);
            String prev = k > 0 ? sectionIds.get(k - 1) : null;
            String next = k + 1 < drafts.size() ? sectionIds.get(k + 1) : null;
            sections.add(new Section(
                    sectionIds.get(k),
                    file,
                    title,
                    chapterIndex,
                    k + 1,
                    d.heading,
                    body,
                    province,
                    year,
                    programs,
                    office,
                    language,
                    prev,
                    next));
        }
        return sections;
    }

    /** A section being collected: its heading and the paragraphs so far. */
    private static final class Draft {
        final String heading;
        final HeadingStyle style;
        final StringBuilder body = new StringBuilder();

        Draft(String heading, HeadingStyle style) {
            this.heading = heading;
            this.style = style;
        }

        void add(String paragraph) {
            if (paragraph.isEmpty()) {
                return;
            }
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            body.append(paragraph);
        }
    }
}
