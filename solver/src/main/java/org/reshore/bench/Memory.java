package org.reshore.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Peak memory of one run in this JVM. Heap: after a garbage collection the peak of every heap pool
 * is reset (MemoryPoolMXBean.resetPeakUsage) and their peaks are summed at the end. Resident set:
 * on Linux, writing 5 to /proc/self/clear_refs resets the process's high-water mark (VmHWM in
 * /proc/self/status), which then counts native memory too (where the OR-Tools solvers allocate),
 * on top of the heap the JVM had already committed. NaN where the platform offers neither.
 */
final class Memory {
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");
    private static final Path STATUS = Path.of("/proc/self/status");

    private final List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
    private boolean rss;

    /** Collects garbage and starts measuring. */
    void start() {
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            Files.writeString(CLEAR_REFS, "5");
            rss = true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            rss = false; // not Linux, or not allowed: no resident-set peak
        }
    }

    double peakHeapMb() {
        return heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }

    double peakRssMb() {
        if (!rss) return Double.NaN;
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
