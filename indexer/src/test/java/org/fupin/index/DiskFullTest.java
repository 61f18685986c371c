package org.fupin.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.fupin.corpus.SeedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills up at 25 points of a rebuild over a good index. Every time the build fails with an
 * {@link IOException} that names the cause (which the CLI turns into exit 3 and the admin API into a JSON error),
 * never with Lucene's {@code AlreadyClosedException} that escaped as a stack trace when one indexing thread hit the
 * full disk and closed the writer under the other; the previous index survives each time.
 */
class DiskFullTest {

    private static final String ENOSPC = "No space left on device";

    @TempDir
    Path temp;

    @Test
    void aFullDiskAtAnyPointOfABuildIsAnIoExceptionNamingTheCauseAndKeepsTheIndex() throws Exception {
        Path index = temp.resolve("index");
        IndexBuilder.build(SeedCorpus.folder(), index);
        int before = numDocs(index);
        long full = bytes(index);

        List<String> outcomes = new ArrayList<>();
        for (long quota : quotas(full)) {
            try (Directory dir = new QuotaDirectory(FSDirectory.open(index), quota)) {
                IndexBuilder.build(SeedCorpus.folder(), dir, IndexBuilder.Shrink.REFUSE);
                fail("a build of " + full + " bytes succeeded on a disk with " + quota + " bytes free");
            } catch (IOException e) {
                assertTrue(String.valueOf(e.getMessage()).contains(ENOSPC), "the cause is named: " + e);
                outcomes.add(quota + " B free: " + e.getMessage());
            }
            assertEquals(before, numDocs(index), "the previous index survives a full disk at " + quota + " bytes");
        }
        System.out.println("Disk full during a build: " + outcomes);

        assertEquals(before, IndexBuilder.build(SeedCorpus.folder(), index).sections());
    }

    /**
     * Free space from nothing to almost the whole index: every 4 KB over the first 64 KB, where the indexing threads
     * write stored fields while they add documents (there one thread's failure closed the writer under the other), then
     * every tenth of the index, where the commit writes the segments.
     */
    private static List<Long> quotas(long full) {
        List<Long> quotas = new ArrayList<>();
        for (long kb = 0; kb < 64; kb += 4) {
            quotas.add(kb * 1024);
        }
        for (int tenth = 1; tenth < 10; tenth++) {
            quotas.add(full * tenth / 10);
        }
        return quotas;
    }

    private static int numDocs(Path index) throws IOException {
        try (Directory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    private static long bytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            long sum = 0;
            for (Path f : files.toList()) {
                sum += Files.size(f);
            }
            return sum;
        }
    }

    /**
     * A real file-system directory on a disk with {@code free} bytes left: writes beyond it fail the way the JDK reports
     * ENOSPC. Deleting files gives no space back, as on a disk that other programs keep full.
     */
    private static final class QuotaDirectory extends FilterDirectory {

        private final AtomicLong free;

        QuotaDirectory(Directory in, long free) {
            super(in);
            this.free = new AtomicLong(free);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            return new Quota(super.createOutput(name, context));
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            return new Quota(super.createTempOutput(prefix, suffix, context));
        }

        private final class Quota extends FilterIndexOutput {

            Quota(IndexOutput out) {
                super("quota(" + out + ")", out.getName(), out);
            }

            @Override
            public void writeByte(byte b) throws IOException {
                take(1);
                super.writeByte(b);
            }

            @Override
            public void writeBytes(byte[] b, int offset, int length) throws IOException {
                take(length);
                super.writeBytes(b, offset, length);
            }

            private void take(long n) throws IOException {
                if (free.addAndGet(-n) < 0) {
                    throw new IOException(ENOSPC);
                }
            }
        }
    }
}
