package org.tryon.benchmark.hotpaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The memory a running Tryon holds: the resident set size (VmRSS of Linux's {@code /proc/<pid>/status}) of a process
 * and all its descendants (Payara Micro's JVM, or the embedded MariaDB's mariadbd).
 */
public final class Footprint {

    private Footprint() {}

    /** Resident set size in bytes of the process and all its descendants (Linux /proc); 0 when it is gone. */
    public static long rssBytes(long pid) {
        List<Long> pids = Stream.concat(
                        Stream.of(pid),
                        ProcessHandle.of(pid).stream()
                                .flatMap(ProcessHandle::descendants)
                                .map(ProcessHandle::pid))
                .distinct()
                .toList();
        long total = 0;
        for (long p : pids) {
            total += ownRssBytes(p);
        }
        return total;
    }

    /** VmRSS of one process in bytes; 0 when it is gone (or a zombie, which has no VmRSS line). */
    static long ownRssBytes(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            return vmRssBytes(Files.readString(status, StandardCharsets.ISO_8859_1));
        } catch (IOException | SecurityException e) {
            return 0; // ended between the listing and the read
        }
    }

    /** The VmRSS line of a {@code /proc/<pid>/status} text ("VmRSS:\t  123456 kB") in bytes; 0 without one. */
    static long vmRssBytes(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                long value = Long.parseLong(parts[0]);
                String unit = parts.length > 1 ? parts[1] : "kB";
                return switch (unit) {
                    case "kB" -> value * 1024;
                    case "mB", "MB" -> value * 1024 * 1024;
                    default -> value;
                };
            }
        }
        return 0;
    }
}
