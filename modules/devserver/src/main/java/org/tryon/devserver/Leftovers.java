package org.tryon.devserver;

import java.nio.file.Path;
import java.util.Optional;

/** Processes named by a pid file of a data directory: orphans of a killed launcher, or another launcher's children. */
final class Leftovers {

    private Leftovers() {}

    /**
     * Refuses to touch a process whose parent is another live JVM (another launcher or test run that uses the same data
     * directory); an orphan (re-parented to init or a subreaper) or a child of this JVM may be ended.
     */
    static void requireOrphan(ProcessHandle process, String what, Path dataDir) {
        Optional<ProcessHandle> parent = process.parent().filter(ProcessHandle::isAlive);
        boolean ownedByAnotherJvm = parent.filter(
                        p -> p.pid() != 1 && p.pid() != ProcessHandle.current().pid())
                .filter(p -> p.info()
                        .command()
                        .map(c -> c.endsWith("/java") || c.equals("java"))
                        .orElse(false))
                .isPresent();
        if (ownedByAnotherJvm) {
            throw new DevServerException(what + " (pid " + process.pid() + ") of another running Tryon (launcher pid "
                    + parent.get().pid() + ") uses " + dataDir
                    + ": stop that one first, or use another data directory (--data)");
        }
    }
}
