package org.fupin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.fupin.corpus.Chapter;
import org.fupin.corpus.Corpus;
import org.fupin.corpus.ReportParser;
import org.fupin.corpus.Section;
import org.fupin.http.SearchParameters;
import org.fupin.index.Analyzers;
import org.fupin.index.Schema;
import org.fupin.index.SectionDocuments;
import org.fupin.query.GlossaryExpander;
import org.fupin.testing.SeedIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index of schema version 2 stored a section's figures as JSON text. This version reads only the binary form, so a
 * figure question on such an index is refused as unprocessable (HTTP 422) saying to rebuild it, while searches still work.
 */
class OldFiguresIndexTest {

    @TempDir
    Path dir;

    @Test
    void figuresOfAnIndexWithJsonFiguresAskForARebuild() throws Exception {
        Path indexDir = dir.resolve("index");
        String file = "000_b3d14455ec84c97b.txt";
        SectionDocuments documents = new SectionDocuments();
        try (FSDirectory directory = FSDirectory.open(indexDir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.forIndexing()))) {
            for (Chapter chapter : new ReportParser()
                    .parse(file, Corpus.read(SeedIndex.SEEDS.resolve(file)))
                    .chapters()) {
                for (Section section : chapter.sections()) {
                    Document doc = documents.toDocument(section);
                    if (doc.getField(Schema.FIGURES) != null) {
                        doc.removeFields(Schema.FIGURES);
                        doc.add(new StoredField(Schema.FIGURES, "[{\"value\":71.18,\"unit\":\"percent\"}]"));
                    }
                    writer.addDocument(doc);
                }
            }
            writer.setLiveCommitData(Map.of(Schema.COMMIT_SCHEMA_VERSION, "2").entrySet());
            writer.commit();
        }
        try (IndexHandle index = IndexHandle.open(indexDir)) {
            SearchService service =
                    new SearchService(index, SearchLimits.defaults(), GlossaryExpander.bundled(), "test");
            SearchRequest request =
                    SearchParameters.parse(Map.of("q", List.of("repayment rate")), SearchLimits.defaults(), null);

            SearchException refused = assertThrows(SearchException.class, () -> service.figures(request, 10));
            assertEquals(SearchException.Kind.UNPROCESSABLE, refused.kind());
            assertTrue(refused.getMessage().contains("rebuild it"), refused.getMessage());
            assertTrue(service.search(request).total() > 0, "searches still work on the old index");
        }
    }
}
