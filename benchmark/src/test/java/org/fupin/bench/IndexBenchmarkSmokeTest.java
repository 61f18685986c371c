package org.fupin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generator and index benchmark end to end on a small corpus; checks correctness only, never timing. */
class IndexBenchmarkSmokeTest {

    @Test
    void benchmarkIndexesEverySectionTheManifestPromises(@TempDir Path work) throws Exception {
        Path corpus = work.resolve("corpus");
        Path index = work.resolve("index");
        CorpusGenerator.generate(new CorpusGenerator.Config(CorpusGeneratorTest.SEEDS, corpus, 2_000, 42));
        long promised = Manifest.sections(Manifest.read(corpus));

        IndexBenchmark.Result result = IndexBenchmark.run(corpus, index);

        assertEquals(2_000, promised);
        assertEquals(promised, result.sections());
        assertEquals(Manifest.read(corpus).size(), result.chapters());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertEquals(promised, reader.numDocs());
        }
        assertTrue(result.indexBytes() > 0, "index written");
        assertTrue(result.peakHeapBytes() > 0, "heap sampled");
        assertTrue(IndexBenchmark.table(result).contains("sections/second"));
    }
}
