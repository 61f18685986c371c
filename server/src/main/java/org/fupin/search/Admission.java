package org.fupin.search;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission control: at most {@link SearchLimits#maxConcurrentSearches()} searches run at once, the others wait in
 * arrival order for at most {@link SearchLimits#queueWait()} and are then refused with a 503 to retry.
 */
final class Admission {

    /** Work done while holding a slot. */
    @FunctionalInterface
    interface SlotWork<T> {
        T get() throws IOException;
    }

    private final SearchLimits limits;
    private final Semaphore slots;
    /** Searches holding a slot right now. */
    private final AtomicInteger inFlight = new AtomicInteger();

    Admission(SearchLimits limits) {
        this.limits = limits;
        // Fair: waiting searches get slots in arrival order, so a wait is bounded by the queue ahead, not by luck.
        this.slots = new Semaphore(limits.maxConcurrentSearches(), true);
    }

    /** Runs {@code work} holding a slot, or refuses when none frees up in time. */
    <T> T withSlot(SlotWork<T> work) throws IOException, InterruptedException {
        if (!slots.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
            throw SearchException.unavailable("the server is answering " + limits.maxConcurrentSearches()
                    + " searches at once, its limit; try again in a moment");
        }
        inFlight.incrementAndGet();
        try {
            return work.get();
        } finally {
            inFlight.decrementAndGet();
            slots.release();
        }
    }

    /** Searches running right now. */
    int inFlight() {
        return inFlight.get();
    }
}
