package org.fupin.bench.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The judged query set: questions written by reading the seeds, with every answering section graded by reading
 * (docs/eval-judgments.md says how).
 *
 * @param note    how the judgments were made
 * @param queries the questions
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JudgedSet(String note, List<JudgedQuery> queries) {

    /** Classpath location of the bundled set. */
    public static final String BUNDLED = "/org/fupin/bench/eval/judged-queries.json";

    public JudgedSet {
        queries = List.copyOf(queries);
        Set<String> ids = new HashSet<>();
        for (JudgedQuery q : queries) {
            if (!ids.add(q.id())) {
                throw new IllegalArgumentException("duplicate query id " + q.id());
            }
        }
    }

    /** The set that ships with the benchmark jar. */
    public static JudgedSet bundled() {
        try (InputStream in = JudgedSet.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("judged query set missing from the classpath: " + BUNDLED);
            }
            return new ObjectMapper().readValue(in, JudgedSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED, e);
        }
    }

    /** A set from a file. */
    public static JudgedSet read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new ObjectMapper().readValue(in, JudgedSet.class);
        }
    }
}
