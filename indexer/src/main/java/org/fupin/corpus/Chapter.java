package org.fupin.corpus;

import java.util.List;
import java.util.Objects;
import org.fupin.vocab.Language;
import org.fupin.vocab.Province;

/**
 * One province-year chapter of a report.
 *
 * @param file     the report's file name
 * @param index    position in the file, from 1
 * @param title    the title line
 * @param province the province the title names, or null
 * @param year     the report year, or 0 when none was found
 * @param office   the reporting office, or ""
 * @param language the chapter's language
 * @param style    how the chapter marks its headings, which decided how it was split
 * @param sections the sections in order
 */
public record Chapter(
        String file,
        int index,
        String title,
        Province province,
        int year,
        String office,
        Language language,
        ChapterStyle style,
        List<Section> sections) {

    public Chapter {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(style, "style");
        sections = List.copyOf(sections);
    }
}
