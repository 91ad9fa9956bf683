package org.tryon.devserver;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Payara Micro's log as the dev server reads it: this run's part, its first error, the root causes and the last lines,
 * without terminal colours; the message that explains a failed start.
 */
final class ServerLog {

    static final int TAIL_LINES = 40;
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

    private final Path file;

    ServerLog(Path file) {
        this.file = file;
    }

    /** Why the start failed, with this run's first error, its root causes and the last lines of the log. */
    String failure(String why, long logStart) {
        String runLog = ANSI.matcher(readFrom(logStart)).replaceAll("");
        StringBuilder msg = new StringBuilder(why);
        String errors = firstErrors(runLog);
        if (!errors.isEmpty()) {
            msg.append("\n---- first error in ").append(file).append(" ----\n").append(errors);
        }
        String causes = causes(runLog);
        if (!causes.isEmpty()) {
            msg.append("\n---- root causes (\"Caused by\" lines) ----\n").append(causes);
        }
        msg.append("\n---- last ")
                .append(TAIL_LINES)
                .append(" lines of ")
                .append(file)
                .append(" ----\n")
                .append(tail(runLog, TAIL_LINES));
        return msg.toString();
    }

    /** The last {@code lines} lines of the log. */
    String tail(int lines) {
        return tail(ANSI.matcher(readFrom(Math.max(0, size() - 512 * 1024))).replaceAll(""), lines);
    }

    /** The first SEVERE/ERROR record of this run's log with the lines that follow it (its stack trace). */
    static String firstErrors(String log) {
        List<String> lines = log.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.contains("SEVERE")
                    || l.contains("] ERROR")
                    || l.contains(" ERROR ")
                    || l.contains("Exception while")) {
                return String.join("\n", lines.subList(i, Math.min(lines.size(), i + 30)));
            }
        }
        return "";
    }

    /** The distinct "Caused by:" lines of a log, in order (at most 15): the root causes of its stack traces. */
    static String causes(String log) {
        return log.lines()
                .map(String::strip)
                .filter(l -> l.startsWith("Caused by:"))
                .distinct()
                .limit(15)
                .reduce((x, y) -> x + "\n" + y)
                .orElse("");
    }

    static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The log from {@code offset} on (at most its last 4 MiB). */
    String readFrom(long offset) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long len = f.length();
            long from = Math.max(offset, len - 4L * 1024 * 1024); // at most the last 4 MiB
            byte[] bytes = new byte[(int) (len - from)];
            f.seek(from);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
