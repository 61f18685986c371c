package org.fupin.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.LockObtainFailedException;
import org.fupin.corpus.CorpusException;
import org.fupin.index.BuildSummary;
import org.fupin.index.IndexBuilder;
import org.fupin.index.ShrinkRefusedException;

/**
 * Rebuilds the served index from the seeds folder while searches go on. {@link IndexBuilder} writes the new index
 * beside the old commit and publishes it atomically, so running searches keep the old view; {@link IndexHandle#refresh}
 * then switches new searches to the new commit, which also builds that commit's facet state (the old one is dropped
 * when the last search on the old reader finishes). One rebuild at a time; a second one is refused, not queued.
 */
public final class Reindexer {

    private final Path seeds;
    private final IndexHandle index;
    private final Build build;
    private final AtomicBoolean running = new AtomicBoolean();

    /** How a rebuild writes the index: {@link IndexBuilder#build(Path, Path, IndexBuilder.Shrink)}. */
    @FunctionalInterface
    public interface Build {
        /** Builds the index in {@code index} from the reports in {@code seeds}. */
        BuildSummary run(Path seeds, Path index, IndexBuilder.Shrink shrink) throws CorpusException, IOException;
    }

    /** Rebuilds {@code index} from the reports in {@code seeds}. */
    public Reindexer(Path seeds, IndexHandle index) {
        this(seeds, index, IndexBuilder::build);
    }

    /** Rebuilds {@code index} from the reports in {@code seeds} with {@code build}. */
    public Reindexer(Path seeds, IndexHandle index, Build build) {
        this.seeds = seeds;
        this.index = index;
        this.build = build;
    }

    /**
     * What one rebuild produced.
     *
     * @param files    report files read
     * @param chapters chapters found
     * @param sections sections indexed (and now served)
     * @param tookMs   wall time of build and refresh
     */
    public record Summary(int files, int chapters, int sections, long tookMs) {}

    /** Rebuilds and refreshes, refusing to shrink the index drastically; see {@link #rebuild(IndexBuilder.Shrink)}. */
    public Summary rebuild() throws IOException {
        return rebuild(IndexBuilder.Shrink.REFUSE);
    }

    /**
     * Rebuilds and refreshes; refuses with a conflict while another rebuild (here or in another process) runs, as
     * unprocessable when the build would empty the index or halve it (unless {@code shrink} allows it), and with a
     * write failure naming the cause when the index cannot be written. The served index is unchanged on every refusal.
     */
    public Summary rebuild(IndexBuilder.Shrink shrink) throws IOException {
        if (!running.compareAndSet(false, true)) {
            throw SearchException.conflict("a re-index is already running; try again when it has finished");
        }
        long started = System.nanoTime();
        try {
            BuildSummary built = build.run(seeds, index.path(), shrink);
            index.refresh();
            return new Summary(
                    built.files(),
                    built.chapters().size(),
                    built.sections(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (LockObtainFailedException e) {
            throw SearchException.conflict("another process is writing the index (its write lock is held);"
                    + " try again when it has finished");
        } catch (ShrinkRefusedException e) {
            throw SearchException.unprocessable(e.getMessage() + "; check the seeds folder " + seeds.toAbsolutePath()
                    + ", or POST /api/admin/reindex?allow_shrink=true to replace the index anyway");
        } catch (CorpusException e) {
            // Bad input is refused before the index is touched, so the served index is unchanged.
            throw SearchException.badRequest(
                    "the seeds folder could not be indexed; the served index is" + " unchanged: " + e.getMessage());
        } catch (IOException e) {
            // A full disk, a read-only folder: the new commit was never published, so readers keep the old one.
            throw SearchException.writeFailed(
                    "the index could not be written (" + e.getMessage() + "); the served" + " index is unchanged",
                    diskFull(e));
        } finally {
            running.set(false);
        }
    }

    /** The JDK reports ENOSPC and EDQUOT only as message text ("No space left on device", "Disk quota exceeded"). */
    private static boolean diskFull(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("No space left") || message.contains("quota exceeded");
    }
}
