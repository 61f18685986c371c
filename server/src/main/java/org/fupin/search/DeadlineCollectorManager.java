package org.fupin.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;

/** Wraps a collector manager so collection stops with a 503-kind {@link SearchException} after a deadline. */
final class DeadlineCollectorManager<C extends Collector, T> implements CollectorManager<Collector, T> {

    /** Checking the clock on every hit would cost more than the search; every 256th is enough. */
    private static final int CHECK_EVERY = 256;

    /**
     * When to give up.
     *
     * @param nanoTime      the {@link System#nanoTime()} after which collection stops
     * @param allowedMillis the allowance, for the message
     */
    record Deadline(long nanoTime, long allowedMillis) {

        void check() {
            if (System.nanoTime() - nanoTime > 0) {
                throw SearchException.unavailable("the search took longer than " + allowedMillis
                        + " ms and was stopped; try fewer or more specific words, or add filters");
            }
        }
    }

    private final CollectorManager<C, T> delegate;
    private final Deadline deadline;

    DeadlineCollectorManager(CollectorManager<C, T> delegate, Deadline deadline) {
        this.delegate = delegate;
        this.deadline = deadline;
    }

    @Override
    public Collector newCollector() throws IOException {
        deadline.check();
        C inner = delegate.newCollector();
        return new Timed<>(inner) {
            private int seen;

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                deadline.check();
                return new FilterLeafCollector(super.getLeafCollector(context)) {
                    @Override
                    public void collect(int doc) throws IOException {
                        if (++seen % CHECK_EVERY == 0) {
                            deadline.check();
                        }
                        super.collect(doc);
                    }

                    // FilterLeafCollector forwards none of the following, and their defaults fall back to one
                    // collect(doc) per hit: counting could no longer count a block of hits at once, and sorting and
                    // top-score collection could no longer tell the scorer which documents to skip.

                    @Override
                    public void collect(DocIdStream stream) throws IOException {
                        deadline.check();
                        in.collect(stream);
                    }

                    @Override
                    public void collectRange(int min, int max) throws IOException {
                        deadline.check();
                        in.collectRange(min, max);
                    }

                    @Override
                    public DocIdSetIterator competitiveIterator() throws IOException {
                        return in.competitiveIterator();
                    }
                };
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public T reduce(Collection<Collector> collectors) throws IOException {
        return delegate.reduce(
                collectors.stream().map(c -> ((Timed<C>) c).inner).toList());
    }

    /** A filter collector that remembers its inner collector's type for {@link #reduce}. */
    private static class Timed<C extends Collector> extends FilterCollector {

        final C inner;

        Timed(C inner) {
            super(inner);
            this.inner = inner;
        }
    }
}
