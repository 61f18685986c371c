package org.fupin.bench.eval;

import java.io.IOException;
import java.util.List;
import org.fupin.vocab.Language;

/** Something that answers a judged query with ranked section ids. */
public interface Ranker {

    /**
     * The first ten section ids for one form of a query, and how many sections matched.
     *
     * @param ids   ranked section ids, at most ten
     * @param total the number of matching sections the ranker reports
     */
    record Ranked(List<String> ids, long total) {

        public Ranked {
            ids = List.copyOf(ids);
        }
    }

    /** A short name for the report. */
    String name();

    /** Runs one form of a query with its filters. */
    Ranked rank(JudgedQuery query, Language language) throws IOException;
}
