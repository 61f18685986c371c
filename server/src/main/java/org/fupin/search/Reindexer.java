package org.fupin.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.LockObtainFailedException;
import org.fupin.corpus.CorpusException;
import org.fupin.index.BuildSummary;
import org.fupin.index.IndexBuilder;

/**
 * Rebuilds the served index from the seeds folder while searches go on. {@link IndexBuilder} writes the new index
 * beside the old commit and publishes it atomically, so running searches keep the old view; {@link IndexHandle#refresh}
 * then switches new searches to the new commit, which also builds that commit's facet state (the old one is dropped
 * when the last search on the old reader finishes). One rebuild at a time; a second one is refused, not queued.
 */
public final class Reindexer {

    private final Path seeds;
    private final IndexHandle index;
    private final AtomicBoolean running = new AtomicBoolean();

    /** Rebuilds {@code index} from the reports in {@code seeds}. */
    public Reindexer(Path seeds, IndexHandle index) {
        this.seeds = seeds;
        this.index = index;
    }

    /**
     * What one rebuild produced.
     *
     * @param files    report files read
     * @param chapters chapters found
     * @param sections sections indexed (and now served)
     * @param tookMs   wall time of build and refresh
     */
    public record Summary(int files, int chapters, int sections, long tookMs) {
    }

    /** Rebuilds and refreshes; refuses with a conflict while another rebuild (here or in another process) runs. */
    public Summary rebuild() throws IOException {
        if (!running.compareAndSet(false, true)) {
            throw SearchException.conflict("a re-index is already running; try again when it has finished");
        }
        long started = System.nanoTime();
        try {
            BuildSummary built = IndexBuilder.build(seeds, index.path());
            index.refresh();
            return new Summary(built.files(), built.chapters().size(), built.sections(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (LockObtainFailedException e) {
            throw SearchException.conflict("another process is writing the index (its write lock is held);"
                    + " try again when it has finished");
        } catch (CorpusException e) {
            // Bad input is refused before the index is touched, so the served index is unchanged.
            throw SearchException.badRequest("the seeds folder could not be indexed; the served index is"
                    + " unchanged: " + e.getMessage());
        } finally {
            running.set(false);
        }
    }
}
