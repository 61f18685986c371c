package org.fupin.bench.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.fupin.index.IndexBuilder;
import org.fupin.index.Schema;

/** The section ids the indexer produces for a folder of reports. */
final class SeedIds {

    private SeedIds() {}

    static Set<String> all(Path seeds) throws Exception {
        Path dir = Files.createTempDirectory("fupin-ids");
        IndexBuilder.build(seeds, dir);
        Set<String> ids = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            StoredFields fields = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                ids.add(fields.document(doc).get(Schema.ID));
            }
        }
        return ids;
    }
}
