package org.diplograph.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap of this JVM during one phase: the highest "used" seen by polling every 10 ms (garbage
 * included, so it depends on -Xmx) and the highest heap still in use right after a collection (the
 * live set, which is what must stay flat as the corpus grows); and the CPU time the process spent in
 * the phase (client and embedded server alike), which other programs on a shared machine disturb far
 * less than wall time.
 */
final class HeapMonitor implements AutoCloseable {

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private long peakAfterFullGc;
    private long excludedWallNanos;
    private long excludedCpuNanos;
    private final Thread poller;
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final long cpuStarted = processCpuNanos();
    private long cpuStopped = -1;
    private volatile boolean running = true;

    HeapMonitor() {
        var memory = ManagementFactory.getMemoryMXBean();
        poller = new Thread(() -> {
            while (running) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-monitor");
        poller.setDaemon(true);
        poller.start();
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long after = 0;
                for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                    after += usage.getUsed();
                }
                // Only heap pools matter; non-heap pools (metaspace, code cache) are small and constant.
                after -= nonHeap(info);
                peakAfterGc.accumulateAndGet(after, Math::max);
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // already gone
                    }
                });
            }
        }
    }

    private static long nonHeap(GarbageCollectionNotificationInfo info) {
        long sum = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != java.lang.management.MemoryType.HEAP) {
                MemoryUsage usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                if (usage != null) {
                    sum += usage.getUsed();
                }
            }
        }
        return sum;
    }

    /** @return the highest heap used seen, in bytes */
    long peakUsed() {
        return peakUsed.get();
    }

    /** @return the highest heap in use after a collection, in bytes */
    long peakLive() {
        return peakAfterGc.get();
    }

    /**
     * Collects all garbage and measures what is left: the true live set, where {@link #peakLive()} after
     * G1's young collections still counts old garbage not yet collected. The collection's wall and CPU
     * time are left out of {@link #cpuSeconds()} and reported by {@link #excludedSeconds()}, so that
     * measuring does not slow the phase measured.
     *
     * @return the heap in use after a full collection, in bytes
     */
    long liveAfterFullGc() {
        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        excludedCpuNanos += processCpuNanos() - cpu;
        excludedWallNanos += System.nanoTime() - wall;
        peakAfterFullGc = Math.max(peakAfterFullGc, live);
        return live;
    }

    /** @return the highest of {@link #liveAfterFullGc()}, in bytes (0 if never called) */
    long peakLiveAfterFullGc() {
        return peakAfterFullGc;
    }

    /** @return the wall seconds spent in {@link #liveAfterFullGc()}, to take off the phase's time */
    double excludedSeconds() {
        return excludedWallNanos / 1e9;
    }

    /** @return the CPU seconds this process used from the start of the phase to its close (or to now), without {@link #liveAfterFullGc()} */
    double cpuSeconds() {
        return ((cpuStopped < 0 ? processCpuNanos() : cpuStopped) - cpuStarted - excludedCpuNanos) / 1e9;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Override
    public void close() {
        if (cpuStopped < 0) {
            cpuStopped = processCpuNanos();
        }
        running = false;
        poller.interrupt();
        unsubscribe.forEach(Runnable::run);
    }
}
