package org.fupin.search;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks up rebuilds made by another process (the {@code index} command on the served folder) by calling
 * {@link IndexHandle#maybeRefresh()} every period on one daemon thread. A check costs one directory listing when
 * nothing changed, so searches themselves never pay for it.
 */
public final class IndexRefresher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRefresher.class);

    private final ScheduledExecutorService timer;

    private IndexRefresher(IndexHandle index, Duration period) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fupin-index-refresher");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> refresh(index), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts checking {@code index} for a new commit every {@code period}. */
    public static IndexRefresher start(IndexHandle index, Duration period) {
        return new IndexRefresher(index, period);
    }

    private static void refresh(IndexHandle index) {
        try {
            index.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            // A half-visible external build or a closed index must not kill the timer; the next tick tries again.
            LOG.warn("checking the index for a new commit failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
