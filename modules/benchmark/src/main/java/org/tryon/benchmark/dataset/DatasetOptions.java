package org.tryon.benchmark.dataset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.tryon.devserver.CommandLine;

/** The command line of the dataset generator (deploy/dataset.sh passes its options through). */
final class DatasetOptions {

    static final String USAGE = String.join(
            "\n",
            "Usage: deploy/dataset.sh [--years N] [--data-dir DIR] [--seed N] [--scale F] [--until YYYY-MM-DD]",
            "  --years N          years of the department's volume, 1 to 10 (default 1)",
            "  --data-dir DIR     the data directory it fills (default ~/.tryon-dataset/<N>y); never ~/.tryon; an existing",
            "                     database there is refused unless --replace is given",
            "  --replace          wipe the data directory's database first",
            "  --seed N           seed of the random numbers: the same seed gives the same data (default 1)",
            "  --scale F          share of the department's yearly volume, 0 < F <= 1 (default 1; the test uses 0.001)",
            "  --until DATE       the dataset's last day, its 'today' (default: today in America/New_York)",
            "  --work-dir DIR     where the TSV files are written before the load (default: a temporary directory)",
            "  --help             this text");

    static final ZoneId COUNTY = ZoneId.of("America/New_York");

    int years = 1;
    Path dataDir;
    long seed = 1;
    double scale = 1.0;
    LocalDate until;
    Path workDir;
    boolean replace;
    boolean help;

    static DatasetOptions parse(String... args) {
        DatasetOptions o = new DatasetOptions();
        CommandLine cl = new CommandLine(args);
        while (cl.hasNext()) {
            switch (cl.next()) {
                case "--years" -> {
                    o.years = cl.positive();
                    if (o.years > 10) {
                        throw new IllegalArgumentException("--years is 1 to 10, not " + o.years);
                    }
                }
                case "--data-dir" -> o.dataDir = Path.of(cl.value());
                case "--seed" -> o.seed = cl.positive();
                case "--scale" -> {
                    String v = cl.value();
                    try {
                        o.scale = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(
                                "--scale is a number above 0 and at most 1, not '" + v + "'");
                    }
                    if (!(o.scale > 0 && o.scale <= 1)) {
                        throw new IllegalArgumentException(
                                "--scale is a number above 0 and at most 1, not '" + v + "'");
                    }
                }
                case "--until" -> o.until = LocalDate.parse(cl.value());
                case "--work-dir" -> o.workDir = Path.of(cl.value());
                case "--replace" -> o.replace = cl.flag();
                case "--help", "-h" -> o.help = true;
                default -> throw cl.unknown();
            }
        }
        if (o.dataDir == null) {
            o.dataDir = Path.of(System.getProperty("user.home"), ".tryon-dataset", o.years + "y");
        }
        Path home = Path.of(System.getProperty("user.home"), ".tryon")
                .toAbsolutePath()
                .normalize();
        if (o.dataDir.toAbsolutePath().normalize().equals(home)) {
            throw new IllegalArgumentException(
                    "--data-dir must not be " + home + ", the developer's own Tryon: choose a directory of its own");
        }
        if (o.until == null) {
            // the generator is no part of the application and has no application clock: the county's date of the
            // machine
            o.until = LocalDate.now(COUNTY);
        }
        return o;
    }
}
