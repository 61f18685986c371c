package org.fupin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Admission without timing luck: a search holds the only slot until the test lets it go, so the one that arrives
 * meanwhile is refused for certain, and the one after the release is answered for certain.
 */
class AdmissionTest {

    private static SearchLimits slots(int slots, Duration queueWait) {
        return new SearchLimits(1_000, 64, 100, 10_000, Duration.ofSeconds(10), slots, queueWait);
    }

    @Test
    void aSearchArrivingWhileEverySlotIsHeldIsRefusedAfterItsWaitAndTheNextOneIsAnswered() throws Exception {
        Admission admission = new Admission(slots(1, Duration.ofMillis(50)));
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = holdTheSlot(admission, pool, release);
            assertEquals(1, admission.inFlight());

            long start = System.nanoTime();
            SearchException refused = assertThrows(SearchException.class, () -> admission.withSlot(() -> "second"));
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(50).toNanos(), "it waited its queue time first");
            assertEquals(SearchException.Kind.UNAVAILABLE, refused.kind());
            assertEquals(
                    "the server is answering 1 searches at once, its limit; try again in a moment",
                    refused.getMessage());

            release.countDown();
            assertEquals("first", first.get(10, TimeUnit.SECONDS));
            assertEquals(0, admission.inFlight());
            assertEquals("third", admission.withSlot(() -> "third"));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aSearchThatFailsGivesItsSlotBack() throws Exception {
        Admission admission = new Admission(slots(1, Duration.ZERO));
        assertThrows(
                IllegalStateException.class,
                () -> admission.withSlot(() -> {
                    throw new IllegalStateException("boom");
                }));
        assertEquals(0, admission.inFlight());
        assertEquals("next", admission.withSlot(() -> "next"));
    }

    @Test
    void aWaitingSearchGetsTheSlotWhenItFreesWithinItsWait() throws Exception {
        Admission admission = new Admission(slots(1, Duration.ofSeconds(10)));
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = holdTheSlot(admission, pool, release);
            Future<String> second = pool.submit(() -> admission.withSlot(() -> "second"));
            Thread.sleep(100); // usually long enough for the second search to be queued behind the first
            release.countDown();
            assertEquals("first", first.get(10, TimeUnit.SECONDS));
            assertEquals("second", second.get(10, TimeUnit.SECONDS));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    /** Starts a search on {@code pool} that holds a slot until {@code release}; returns once it holds it. */
    private static Future<String> holdTheSlot(Admission admission, ExecutorService pool, CountDownLatch release)
            throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        Future<String> first = pool.submit(() -> admission.withSlot(() -> {
            holding.countDown();
            await(release);
            return "first";
        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS), "the first search got the slot");
        return first;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
