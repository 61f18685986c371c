package org.fupin.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.fupin.index.Schema;
import org.fupin.vocab.Language;
import org.fupin.vocab.Province;

/** The stored fields of one section document, read back into plain values. */
record StoredSection(
        String id,
        String province,
        String provinceZh,
        Integer year,
        List<String> programs,
        String title,
        String body,
        String lang,
        Hit.Source source,
        String office,
        String prev,
        String next) {

    /** Reads the stored fields of {@code doc}. */
    static StoredSection read(IndexSearcher searcher, int doc) throws IOException {
        Document d = searcher.storedFields().document(doc);
        String province = d.get(Schema.PROVINCE);
        String year = d.get(Schema.YEAR);
        String lang = d.get(Schema.LANG);
        boolean zh = "zh".equals(lang);
        IndexableField ordinal = d.getField(Schema.ORDINAL);
        return new StoredSection(
                d.get(Schema.ID),
                province,
                province == null
                        ? null
                        : Province.byName(province).map(Province::chinese).orElse(null),
                year == null ? null : Integer.valueOf(year),
                Arrays.asList(d.getValues(Schema.PROGRAM)),
                orEmpty(d.get(zh ? Schema.TITLE_ZH : Schema.TITLE_EN)),
                orEmpty(d.get(zh ? Schema.BODY_ZH : Schema.BODY_EN)),
                lang,
                new Hit.Source(
                        d.get(Schema.FILE),
                        d.get(Schema.CHAPTER),
                        ordinal == null ? 0 : ordinal.numericValue().intValue()),
                orEmpty(d.get(Schema.OFFICE)),
                d.get(Schema.PREV_ID),
                d.get(Schema.NEXT_ID));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The language of the title and body; anything but Chinese is read as English, as {@link #read} does. */
    Language language() {
        return "zh".equals(lang) ? Language.ZH : Language.EN;
    }

    /** The stored text of a title or body field, or null when the section is not written in that field's language. */
    String text(String field) {
        if (Schema.languageOf(field) != language()) {
            return null;
        }
        return field.equals(Schema.titleField(language())) ? title : body;
    }

    /** This section as a hit. */
    Hit toHit(String titleHtml, String snippetHtml, float score, String match) {
        return new Hit(
                id,
                province,
                provinceZh,
                year,
                programs,
                title,
                titleHtml,
                snippetHtml,
                score,
                lang,
                source,
                match,
                List.of());
    }

    /** This section in full. */
    SectionDetail toDetail(String titleHtml, String textHtml) {
        return new SectionDetail(
                id,
                province,
                provinceZh,
                year,
                programs,
                title,
                titleHtml,
                lang,
                source,
                office,
                body,
                textHtml,
                prev,
                next,
                citation());
    }

    /**
     * The section's reference in a form a researcher can paste, instead of the report's hashed file name: the
     * yearbook, the chapter (the provincial report), province, year and section heading, e.g. {@code China Poverty
     * Alleviation Yearbook, "Poverty Alleviation and Development in Guizhou Province", Guizhou, 2011, section "Pilot
     * project of village-level mutual funds"}.
     */
    String citation() {
        StringBuilder out = new StringBuilder("China Poverty Alleviation Yearbook");
        String chapter = source == null ? null : source.chapter();
        if (chapter != null && !chapter.isBlank()) {
            out.append(", \"").append(chapter.strip()).append('"');
        }
        if (province != null) {
            out.append(", ").append(province);
        }
        if (year != null) {
            out.append(", ").append(year);
        }
        if (!title.isBlank()) {
            out.append(", section \"").append(title.strip()).append('"');
        }
        return out.toString();
    }
}
