package org.fupin.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap of this JVM while a build runs. A daemon thread polls the used heap every few milliseconds, and
 * a GC-notification listener adds the used heap just before each collection (the true peak, which a poll may miss)
 * and just after it. The after-collection figure bounds the live set from above: after a young collection, garbage
 * in the old generation is still counted until a mixed or full collection reclaims it.
 */
final class HeapSampler implements AutoCloseable {

    private static final long POLL_MILLIS = 5;

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final Set<String> heapPools;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private final long gcMillisAtStart;
    private final Thread poller;
    private volatile boolean running = true;

    /**
     * The peaks seen.
     *
     * @param peakUsedBytes    the most heap in use at any sample or just before any collection
     * @param peakAfterGcBytes    the most heap still in use just after a collection (an upper bound of the live set)
     * @param maxHeapBytes     the heap limit ({@code -Xmx})
     * @param collections      collections during the run
     * @param gcMillis         time the collectors report spending during the run
     */
    record Peaks(long peakUsedBytes, long peakAfterGcBytes, long maxHeapBytes, long collections, long gcMillis) {}

    HeapSampler() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        gcMillisAtStart = gcMillis();
        poller = Thread.ofPlatform().daemon().name("heap-sampler").start(this::poll);
    }

    private void poll() {
        while (running) {
            peakUsed.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                .getGcInfo();
        peakUsed.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
        peakAfterGc.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
        collections.incrementAndGet();
    }

    private long heapUsed(Map<String, MemoryUsage> byPool) {
        return byPool.entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed())
                .sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(t -> t > 0)
                .sum();
    }

    /** Stops sampling and returns the peaks. */
    Peaks stop() {
        running = false;
        poller.interrupt();
        try {
            poller.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peakUsed.accumulateAndGet(
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        return new Peaks(
                peakUsed.get(),
                peakAfterGc.get(),
                Runtime.getRuntime().maxMemory(),
                collections.get(),
                gcMillis() - gcMillisAtStart);
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException e) {
                // Already gone: nothing to undo.
            }
        }
    }
}
