package org.tryon.devserver;

/**
 * The command-line reader shared by the dev server and the benchmark: options are {@code --name value} or
 * {@code --name=value}; a value never starts with {@code --}; a flag takes no value. Each program keeps its own option
 * names, defaults and help text, and reads them in a {@code switch} over {@link #next()}.
 *
 * <pre>{@code
 * CommandLine cl = new CommandLine(args);
 * while (cl.hasNext()) {
 *     switch (cl.next()) {
 *         case "--port" -> port = cl.port(false);
 *         case "--no-demo" -> demo = !cl.flag();
 *         default -> throw cl.unknown();
 *     }
 * }
 * }</pre>
 */
public final class CommandLine {

    private final String[] args;
    private int index;
    private String arg;
    private String name;
    private String inlineValue;

    public CommandLine(String... args) {
        this.args = args.clone();
    }

    public boolean hasNext() {
        return index < args.length;
    }

    /** The next option's name ({@code --port} of {@code --port=8080} too). */
    public String next() {
        arg = args[index++];
        name = arg;
        inlineValue = null;
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 0) {
            name = arg.substring(0, eq);
            inlineValue = arg.substring(eq + 1);
        }
        return name;
    }

    /** The current option's value: after its {@code =}, or the next argument. */
    public String value() {
        if (inlineValue != null) {
            return inlineValue;
        }
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[index++];
    }

    /** The current option as a flag ({@code --no-demo}): true, and refused with a value. */
    public boolean flag() {
        if (inlineValue != null) {
            throw new IllegalArgumentException(name + " takes no value");
        }
        return true;
    }

    /** The value as a whole number above zero. */
    public int positive() {
        String value = value();
        try {
            int v = Integer.parseInt(value.trim());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(name + " needs a positive number, got '" + value + "'");
    }

    /** The value as a whole number, zero or above. */
    public int nonNegative() {
        String value = value();
        try {
            int v = Integer.parseInt(value.trim());
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(name + " needs a number of zero or more, got '" + value + "'");
    }

    /** The value as a TCP port; 0 (any free port) only where {@code zeroAllowed}. */
    public int port(boolean zeroAllowed) {
        String value = value();
        int p;
        try {
            p = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a port number, got '" + value + "'");
        }
        if (p < (zeroAllowed ? 0 : 1) || p > 65535) {
            throw new IllegalArgumentException(name + " out of range: " + p);
        }
        return p;
    }

    /** The refusal of an option the program does not know, naming it as typed. */
    public IllegalArgumentException unknown() {
        return new IllegalArgumentException("unknown option '" + arg + "'");
    }
}
