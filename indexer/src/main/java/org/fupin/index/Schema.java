package org.fupin.index;

import org.apache.lucene.facet.FacetsConfig;
import org.fupin.vocab.Language;

/**
 * Names every index field and facet dimension; the only place that builds the {@link FacetsConfig}, because Lucene
 * does not store the facet configuration in the index and indexer and server must agree on it.
 */
public final class Schema {

    /** Stable section id; an untokenized term so {@code updateDocument} replaces the same section on reindex. */
    public static final String ID = "id";
    /** Source file name, stored and searchable as an exact term. */
    public static final String FILE = "file";
    /** Chapter title line, stored only. */
    public static final String CHAPTER = "chapter";
    /** Position of the chapter in its file, stored only. */
    public static final String CHAPTER_INDEX = "chapter_index";
    /** Position of the section in its chapter, stored and sortable. */
    public static final String ORDINAL = "ordinal";
    /** Reporting office of the chapter, stored only. */
    public static final String OFFICE = "office";
    /** Language code ("en" or "zh"), stored and an exact term. */
    public static final String LANG = "lang";
    /** Neighbouring section ids in the same chapter, stored only. */
    public static final String PREV_ID = "prev_id";

    public static final String NEXT_ID = "next_id";

    /** Canonical English province name: exact term, stored, sort key and facet dimension. */
    public static final String PROVINCE = "province";
    /**
     * Canonical Chinese province name. Not an index field (the server derives it from {@link #PROVINCE}); it is
     * written by the JSON-lines export so that another engine can return it as ours does.
     */
    public static final String PROVINCE_ZH = "province_zh";
    /** Report year: exact term, int point for ranges, numeric doc values for sorting, stored, facet dimension. */
    public static final String YEAR = "year";
    /** Program ids: exact terms, stored, multi-valued facet dimension. */
    public static final String PROGRAM = "program";

    /**
     * The section's figures in a small binary form (see {@code org.fupin.figures.StoredFigures}), stored only: the
     * server reads it for the hits it shows and never searches it. Absent when the section states no figure. Schema
     * version 2 stored a JSON string here.
     */
    public static final String FIGURES = "figures";

    /** Heading and body, one pair of fields per language so each is analysed by the right analyzer. */
    public static final String TITLE_EN = "title_en";

    public static final String BODY_EN = "body_en";
    public static final String TITLE_ZH = "title_zh";
    public static final String BODY_ZH = "body_zh";

    /** Commit user-data keys describing the build. */
    public static final String COMMIT_BUILT_AT = "built_at";

    public static final String COMMIT_FILES = "files";
    public static final String COMMIT_CHAPTERS = "chapters";
    public static final String COMMIT_SCHEMA_VERSION = "schema_version";
    /**
     * The longest section text (heading plus body) the index takes, in characters. The server highlights whole
     * sections up to this length, so {@code text_html} is never cut, and one section's JSON stays a few megabytes.
     */
    public static final int MAX_SECTION_CHARS = 1_000_000;
    /** Bumped whenever a field changes meaning, so a server refuses an index it cannot read correctly. */
    public static final String SCHEMA_VERSION = "3";

    /** The three facet dimensions, in display order. */
    public enum Facet {
        PROVINCE(Schema.PROVINCE),
        YEAR(Schema.YEAR),
        PROGRAM(Schema.PROGRAM);

        private final String dim;

        Facet(String dim) {
            this.dim = dim;
        }

        /** The facet dimension name, which is also the API parameter name. */
        public String dim() {
            return dim;
        }
    }

    private Schema() {}

    /** The facet configuration used to index and to count. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(PROGRAM, true);
        return config;
    }

    /** The title field for a language. */
    public static String titleField(Language language) {
        return switch (language) {
            case EN -> TITLE_EN;
            case ZH -> TITLE_ZH;
        };
    }

    /** The body field for a language. */
    public static String bodyField(Language language) {
        return switch (language) {
            case EN -> BODY_EN;
            case ZH -> BODY_ZH;
        };
    }

    /** The language whose text a title or body field holds. */
    public static Language languageOf(String textField) {
        return switch (textField) {
            case TITLE_EN, BODY_EN -> Language.EN;
            case TITLE_ZH, BODY_ZH -> Language.ZH;
            default -> throw new IllegalArgumentException("not a text field: " + textField);
        };
    }
}
