package org.fupin.http;

import java.nio.file.Path;
import org.fupin.index.IndexBuilder;

/** Builds the index of the real seed reports, as the server would on first start. */
final class SeedIndex {

    /** The seed reports, relative to the server module. */
    static final Path SEEDS = Path.of("..", "seeds");

    private SeedIndex() {}

    static Path buildInto(Path dir) throws Exception {
        Path index = dir.resolve("index");
        IndexBuilder.build(SEEDS, index);
        return index;
    }
}
