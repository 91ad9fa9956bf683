package org.tryon.devserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    /** A small program's options, read the way DevServer and the benchmark read theirs. */
    private static List<String> read(String... args) {
        List<String> seen = new ArrayList<>();
        CommandLine cl = new CommandLine(args);
        while (cl.hasNext()) {
            switch (cl.next()) {
                case "--port" -> seen.add("port=" + cl.port(false));
                case "--db-port" -> seen.add("db-port=" + cl.port(true));
                case "--count" -> seen.add("count=" + cl.positive());
                case "--pause" -> seen.add("pause=" + cl.nonNegative());
                case "--name" -> seen.add("name=" + cl.value());
                case "--quiet" -> seen.add("quiet=" + cl.flag());
                default -> throw cl.unknown();
            }
        }
        return seen;
    }

    @Test
    @DisplayName("Command line: --opt value and --opt=value mean the same; a value may itself hold '='")
    void bothForms() {
        assertThat(read("--port", "8081", "--name=a=b", "--count=3", "--name", "x"))
                .containsExactly("port=8081", "name=a=b", "count=3", "name=x");
    }

    @Test
    @DisplayName("Command line: no arguments leave every default to the program")
    void defaults() {
        assertThat(read()).isEmpty();
    }

    @Test
    @DisplayName("Command line: an unknown option is refused as typed")
    void unknown() {
        assertThatThrownBy(() -> read("--colour=red"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option '--colour=red'");
        assertThatThrownBy(() -> read("stray")).hasMessage("unknown option 'stray'");
    }

    @Test
    @DisplayName("Command line: a missing value is refused, also when the next argument is another option")
    void missingValue() {
        assertThatThrownBy(() -> read("--name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--name needs a value");
        assertThatThrownBy(() -> read("--name", "--quiet")).hasMessage("--name needs a value");
    }

    @Test
    @DisplayName(
            "Command line: numbers and ports are checked, 0 only where any free port is meant; a flag takes no value")
    void checkedValues() {
        assertThatThrownBy(() -> read("--count", "0")).hasMessage("--count needs a positive number, got '0'");
        assertThatThrownBy(() -> read("--count=x")).hasMessage("--count needs a positive number, got 'x'");
        assertThatThrownBy(() -> read("--port", "0")).hasMessage("--port out of range: 0");
        assertThatThrownBy(() -> read("--port", "http")).hasMessage("--port needs a port number, got 'http'");
        assertThat(read("--db-port", "0", "--quiet")).containsExactly("db-port=0", "quiet=true");
        assertThat(read("--pause", "0", "--pause=250")).containsExactly("pause=0", "pause=250");
        assertThatThrownBy(() -> read("--pause", "-1")).hasMessage("--pause needs a number of zero or more, got '-1'");
        assertThatThrownBy(() -> read("--quiet=yes")).hasMessage("--quiet takes no value");
    }
}
