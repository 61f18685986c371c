package org.fupin.corpus;

import java.util.List;
import java.util.Objects;
import org.fupin.vocab.Language;
import org.fupin.vocab.Program;
import org.fupin.vocab.Province;

/**
 * One section of a report: a heading and the paragraphs up to the next heading, with the metadata of its chapter.
 *
 * @param id           stable id: the same text in the same file always gets the same id
 * @param file         the report's file name (no folder)
 * @param chapter      the chapter's title line, e.g. "Poverty Alleviation and Development in Hebei Province"
 * @param chapterIndex the chapter's position in its file, from 1
 * @param ordinal      the section's position in its chapter, from 1
 * @param heading      the heading without brackets; never blank
 * @param text         the body, paragraphs separated by a blank line; may be empty for a heading-only section
 * @param province     the chapter's province, or null when the chapter names none
 * @param year         the year the chapter reports on, or 0 when no year was found
 * @param programs     program tags, in vocabulary order, without duplicates
 * @param office       the reporting office from the chapter's attribution line, or "" when there is none
 * @param language     the language of the text
 * @param prevId       id of the previous section in the same chapter, or null
 * @param nextId       id of the next section in the same chapter, or null
 */
public record Section(
        String id,
        String file,
        String chapter,
        int chapterIndex,
        int ordinal,
        String heading,
        String text,
        Province province,
        int year,
        List<Program> programs,
        String office,
        Language language,
        String prevId,
        String nextId) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(chapter, "chapter");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(language, "language");
        if (heading.isBlank()) {
            throw new IllegalArgumentException("a section needs a heading");
        }
        if (chapterIndex < 1 || ordinal < 1) {
            throw new IllegalArgumentException("chapterIndex and ordinal count from 1");
        }
        if (year < 0) {
            throw new IllegalArgumentException("year must be 0 (unknown) or positive");
        }
        programs = List.copyOf(programs);
    }

    /** True when the chapter's year is known. */
    public boolean hasYear() {
        return year > 0;
    }
}
