package org.fupin.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.fupin.corpus.Section;
import org.fupin.figures.Figure;
import org.fupin.figures.FigureExtractor;
import org.fupin.figures.StoredFigures;
import org.fupin.vocab.Program;

/** Turns a {@link Section} into the Lucene {@link Document} that {@link Schema} describes. */
public final class SectionDocuments {

    /** Stored, analysed text with offsets in the postings, so the UnifiedHighlighter needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final FacetsConfig facetsConfig = Schema.facetsConfig();
    private final FigureExtractor figureExtractor = new FigureExtractor();
    private long figures;

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** How many figures the documents made so far hold. */
    public long figures() {
        return figures;
    }

    /** The document for one section, with its figures and facet fields already translated by the facets config. */
    public Document toDocument(Section section) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Schema.ID, section.id(), Field.Store.YES));
        doc.add(new StringField(Schema.FILE, section.file(), Field.Store.YES));
        doc.add(new StoredField(Schema.CHAPTER, section.chapter()));
        doc.add(new StoredField(Schema.CHAPTER_INDEX, section.chapterIndex()));
        doc.add(new StoredField(Schema.ORDINAL, section.ordinal()));
        doc.add(new NumericDocValuesField(Schema.ORDINAL, section.ordinal()));
        doc.add(new StoredField(Schema.OFFICE, section.office()));
        doc.add(new StringField(Schema.LANG, section.language().code(), Field.Store.YES));
        if (section.prevId() != null) {
            doc.add(new StoredField(Schema.PREV_ID, section.prevId()));
        }
        if (section.nextId() != null) {
            doc.add(new StoredField(Schema.NEXT_ID, section.nextId()));
        }

        if (section.province() != null) {
            String province = section.province().english();
            doc.add(new StringField(Schema.PROVINCE, province, Field.Store.YES));
            doc.add(new SortedDocValuesField(Schema.PROVINCE, new BytesRef(province)));
            doc.add(new SortedSetDocValuesFacetField(Schema.PROVINCE, province));
        }
        if (section.hasYear()) {
            doc.add(new StringField(Schema.YEAR, Integer.toString(section.year()), Field.Store.YES));
            doc.add(new IntPoint(Schema.YEAR, section.year()));
            doc.add(new NumericDocValuesField(Schema.YEAR, section.year()));
            doc.add(new SortedSetDocValuesFacetField(Schema.YEAR, Integer.toString(section.year())));
        }
        for (Program program : section.programs()) {
            doc.add(new StringField(Schema.PROGRAM, program.id(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(Schema.PROGRAM, program.id()));
        }

        List<Figure> stated = figureExtractor.extract(section.text());
        if (!stated.isEmpty()) {
            doc.add(new StoredField(Schema.FIGURES, StoredFigures.write(stated)));
            figures += stated.size();
        }

        doc.add(new Field(Schema.titleField(section.language()), section.heading(), TEXT_WITH_OFFSETS));
        doc.add(new Field(Schema.bodyField(section.language()), section.text(), TEXT_WITH_OFFSETS));
        return facetsConfig.build(doc);
    }
}
