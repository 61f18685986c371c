package org.fupin.bench;

import java.util.Objects;

/**
 * One generated chapter as the manifest records it: what the parser should find.
 *
 * @param file     the report file name
 * @param chapter  the chapter's position in the file, from 1
 * @param province the canonical English province name
 * @param year     the report year
 * @param sections how many sections the chapter holds
 */
public record ManifestEntry(String file, int chapter, String province, int year, int sections) {

    public ManifestEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(province, "province");
        if (chapter < 1 || sections < 1) {
            throw new IllegalArgumentException("chapter and sections count from 1");
        }
    }

    /** The entry as a tab-separated manifest line. */
    String toTsv() {
        return file + '\t' + chapter + '\t' + province + '\t' + year + '\t' + sections;
    }

    /** Reads a manifest line written by {@link #toTsv()}. */
    static ManifestEntry fromTsv(String line) {
        String[] f = line.split("\t");
        if (f.length != 5) {
            throw new IllegalArgumentException("manifest line needs 5 tab-separated fields: " + line);
        }
        return new ManifestEntry(f[0], Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]));
    }
}
