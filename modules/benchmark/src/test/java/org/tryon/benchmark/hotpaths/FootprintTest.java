package org.tryon.benchmark.hotpaths;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FootprintTest {

    @Test
    @DisplayName("the test's own JVM holds memory")
    void ownJvm() {
        long rss = Footprint.rssBytes(ProcessHandle.current().pid());
        assertThat(rss).isGreaterThan(10L * 1024 * 1024);
    }

    @Test
    @DisplayName("a process that has ended holds nothing")
    void deadProcess() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long pid = p.pid();
        assertThat(Footprint.rssBytes(pid)).isZero();
    }

    @Test
    @DisplayName("a child's memory counts with its parent's")
    void descendantsCount() throws Exception {
        Process shell = new ProcessBuilder("sh", "-c", "sleep 30 & wait").start();
        try {
            ProcessHandle sleep = null;
            for (int i = 0; i < 100 && sleep == null; i++) {
                sleep = shell.toHandle().children().findFirst().orElse(null);
                Thread.sleep(50);
            }
            assertThat(sleep).as("the shell's child").isNotNull();
            long parent = Footprint.ownRssBytes(shell.pid());
            long child = Footprint.ownRssBytes(sleep.pid());
            assertThat(parent).isPositive();
            assertThat(child).isPositive();
            assertThat(Footprint.rssBytes(shell.pid())).isEqualTo(parent + child);
        } finally {
            shell.toHandle().descendants().forEach(ProcessHandle::destroy);
            shell.destroy();
            shell.waitFor();
        }
    }

    @Test
    @DisplayName("VmRSS is read in kB and converted to bytes; a status without it is 0")
    void statusText() {
        assertThat(Footprint.vmRssBytes("Name:\tjava\nVmPeak:\t  999 kB\nVmRSS:\t    2048 kB\nVmData:\t 1 kB\n"))
                .isEqualTo(2048L * 1024);
        assertThat(Footprint.vmRssBytes("Name:\tzombie\nState:\tZ (zombie)\n")).isZero();
    }
}
