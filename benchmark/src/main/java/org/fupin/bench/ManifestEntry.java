package org.fupin.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One generated chapter as the manifest records it: what the parser should find.
 *
 * @param file     the report file name
 * @param chapter  the chapter's position in the file, from 1
 * @param province the canonical English province name
 * @param year     the report year
 * @param sections how many sections the chapter holds
 * @param layout   how the chapter marks its headings ({@code bracketed}, {@code yearbook}, …), or "" when the
 *                 manifest predates layouts
 * @param headings the heading of each section as the parser should find it (white space collapsed), or empty when
 *                 the manifest predates headings
 */
public record ManifestEntry(
        String file, int chapter, String province, int year, int sections, String layout, List<String> headings) {

    public ManifestEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(layout, "layout");
        headings = List.copyOf(headings);
        if (chapter < 1 || sections < 1) {
            throw new IllegalArgumentException("chapter and sections count from 1");
        }
        if (!headings.isEmpty() && headings.size() != sections) {
            throw new IllegalArgumentException(
                    "a chapter of " + sections + " sections needs " + sections + " headings, got " + headings.size());
        }
        if (headings.stream().anyMatch(h -> h.isBlank() || h.indexOf('\t') >= 0 || h.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("a heading must be one non-blank line without tabs: " + headings);
        }
    }

    /**
     * The entry as a tab-separated manifest line: file, chapter, province, year, sections, layout, then one field
     * per heading.
     */
    String toTsv() {
        StringBuilder line = new StringBuilder(
                file + '\t' + chapter + '\t' + province + '\t' + year + '\t' + sections + '\t' + layout);
        headings.forEach(h -> line.append('\t').append(h));
        return line.toString();
    }

    /** Reads a manifest line written by {@link #toTsv()} (or the five fields of a manifest without headings). */
    static ManifestEntry fromTsv(String line) {
        String[] f = line.split("\t");
        if (f.length < 5) {
            throw new IllegalArgumentException("manifest line needs at least 5 tab-separated fields: " + line);
        }
        return new ManifestEntry(
                f[0],
                Integer.parseInt(f[1]),
                f[2],
                Integer.parseInt(f[3]),
                Integer.parseInt(f[4]),
                f.length > 5 ? f[5] : "",
                f.length > 6 ? Arrays.asList(f).subList(6, f.length) : List.of());
    }
}
