package reesim.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Heap used while some work runs, measured two ways:
 * <ul>
 * <li>peak used: after a System.gc() and {@link MemoryPoolMXBean#resetPeakUsage()}, the sum over
 * the heap pools of {@link MemoryPoolMXBean#getPeakUsage()} when the work ends. It counts garbage
 * not yet collected, so it follows how much the collector lets the young generation fill (it grows
 * with -Xmx) and is an upper bound;</li>
 * <li>peak after GC: the largest heap in use right after any collection during the work (from the
 * collectors' {@link GarbageCollectionNotificationInfo}), including one System.gc() at the end
 * with the work's result still reachable. This is the data the work really keeps alive, what a
 * smaller -Xmx must hold.</li>
 * </ul>
 */
public final class HeapProbe {
    private static final double MIB = 1024.0 * 1024.0;

    /** Heap figures in MiB; {@code before} is the heap in use after a GC before the work started. */
    public record Result(double peakUsedMiB, double peakAfterGcMiB, double beforeMiB, int collections) {}

    private HeapProbe() {}

    public static Result measure(Callable<?> work) throws Exception {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
        Set<String> heapPools = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        System.gc();
        long before = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong maxAfterGc = new AtomicLong(0);
        AtomicInteger collections = new AtomicInteger();
        NotificationListener listener = (Notification n, Object handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(e.getKey())) used += e.getValue().getUsed();
            }
            maxAfterGc.accumulateAndGet(used, Math::max);
            collections.incrementAndGet();
        };
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        for (GarbageCollectorMXBean gc : collectors) {
            if (gc instanceof NotificationEmitter em) em.addNotificationListener(listener, null, null);
        }
        try {
            Object result = work.call();
            long peak = 0;
            for (MemoryPoolMXBean p : pools) {
                MemoryUsage u = p.getPeakUsage();
                if (u != null) peak += u.getUsed();
            }
            int seen = collections.get();
            System.gc();
            Reference.reachabilityFence(result);
            // notifications arrive on a JMX thread; wait (briefly) for the one of the final collection
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (collections.get() == seen && System.nanoTime() < deadline) Thread.sleep(10);
            Thread.sleep(50);
            return new Result(peak / MIB, maxAfterGc.get() / MIB, before / MIB, collections.get());
        } finally {
            for (GarbageCollectorMXBean gc : collectors) {
                if (gc instanceof NotificationEmitter em) {
                    try {
                        em.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // never added to this collector
                    }
                }
            }
        }
    }
}
