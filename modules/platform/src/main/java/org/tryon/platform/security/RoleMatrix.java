package org.tryon.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The role matrix (ADR 0026): for each REST operation (method and path template as in the OpenAPI document) and each
 * Facelets file, the roles that may call or open it, declared once in {@value #RESOURCE} (a CSV file kept in the
 * application module). {@code RoleMatrixFilter} enforces it; the tests check it against the OpenAPI document, the Facelets
 * files and the running system.
 *
 * <p>Lines starting with {@code #} are comments. The header names the columns: {@code kind,target,} then each role of
 * {@link Roles#ALL} and {@value #ANONYMOUS}, optionally {@value #BASIS} (the section a refusal names). A cell is {@code yes} or
 * {@code no}; {@code ANONYMOUS=yes} means anyone.
 */
public final class RoleMatrix {

    /** Where the application finds the matrix on its class path. */
    public static final String RESOURCE = "META-INF/tryon/role-matrix.csv";

    public static final String ANONYMOUS = "ANONYMOUS";
    /** The optional last column: the section (or document) a refusal names, without commas. */
    public static final String BASIS = "basis";

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}/]+}");

    /** What a line is about. */
    public enum Kind {
        /** A REST operation: {@code METHOD /api/v1/path/{template}}. */
        API,
        /** A page: {@code /module/page.xhtml}. */
        SCREEN,
        /** A Facelets file that is not a page (a template or an include): answers 404 to everyone. */
        FRAGMENT
    }

    /** One line: {@code method} is null for screens and fragments. */
    public record Line(
            Kind kind,
            String method,
            String target,
            Set<String> roles,
            boolean anonymous,
            String basis,
            Pattern pattern,
            int literals) {

        /** {@code METHOD /path} for operations, the view path for screens: the matrix's second column. */
        public String key() {
            return method == null ? target : method + " " + target;
        }

        /** Whether a caller in {@code role} may call or open it (anonymous lines let everyone in). */
        public boolean allows(String role) {
            return anonymous || roles.contains(role);
        }
    }

    private final List<String> roles;
    private final List<Line> lines;

    private RoleMatrix(List<String> roles, List<Line> lines) {
        this.roles = List.copyOf(roles);
        this.lines = List.copyOf(lines);
    }

    /** The roles of the columns, in their order (without {@value #ANONYMOUS}). */
    public List<String> roles() {
        return roles;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The matrix of the application's class path, or null when the class loader has none. */
    public static RoleMatrix load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            return in == null ? null : parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a matrix; a malformed one (unknown role or cell, a target twice) is refused with its line number. */
    public static RoleMatrix parse(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<String> header = null;
        List<Line> lines = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        String text;
        int number = 0;
        while ((text = in.readLine()) != null) {
            number++;
            String trimmed = text.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(trimmed.split("\\s*,\\s*", -1));
            if (header == null) {
                header = cells;
                List<String> expected = new ArrayList<>(List.of("kind", "target"));
                expected.addAll(Roles.ALL);
                expected.add(ANONYMOUS);
                if (!header.isEmpty() && header.get(header.size() - 1).equals(BASIS)) {
                    expected.add(BASIS);
                }
                if (!new HashSet<>(header).equals(new HashSet<>(expected))
                        || header.size() != expected.size()
                        || !header.get(0).equals("kind")
                        || !header.get(1).equals("target")) {
                    throw new IllegalArgumentException(
                            "role matrix line " + number + ": the header must be " + String.join(",", expected));
                }
                continue;
            }
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException(
                        "role matrix line " + number + ": " + cells.size() + " cells, the header has " + header.size());
            }
            Line line = line(number, header, cells);
            if (!keys.add(line.key())) {
                throw new IllegalArgumentException(
                        "role matrix line " + number + ": " + line.key() + " is declared twice");
            }
            lines.add(line);
        }
        if (header == null) {
            throw new IllegalArgumentException("the role matrix has no header");
        }
        return new RoleMatrix(
                header.subList(2, header.size()).stream()
                        .filter(c -> !c.equals(ANONYMOUS) && !c.equals(BASIS))
                        .toList(),
                lines);
    }

    private static Line line(int number, List<String> header, List<String> cells) {
        Kind kind;
        try {
            kind = Kind.valueOf(cells.get(0).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("role matrix line " + number + ": unknown kind " + cells.get(0));
        }
        String method = null;
        String target = cells.get(1);
        if (kind == Kind.API) {
            String[] parts = target.split(" ", 2);
            if (parts.length != 2 || !parts[1].startsWith("/")) {
                throw new IllegalArgumentException(
                        "role matrix line " + number + ": an operation is METHOD /path, not " + target);
            }
            method = parts[0].toUpperCase(Locale.ROOT);
            target = parts[1];
        } else if (!target.startsWith("/") || !target.endsWith(".xhtml")) {
            throw new IllegalArgumentException(
                    "role matrix line " + number + ": a screen is /path/page.xhtml, not " + target);
        }
        Set<String> allowed = new LinkedHashSet<>();
        boolean anonymous = false;
        String basis = "";
        for (int i = 2; i < cells.size(); i++) {
            if (header.get(i).equals(BASIS)) {
                basis = cells.get(i);
                continue;
            }
            boolean yes = switch (cells.get(i)) {
                case "yes" -> true;
                case "no" -> false;
                default ->
                    throw new IllegalArgumentException("role matrix line " + number + ": " + header.get(i) + " is '"
                            + cells.get(i) + "', not yes or no");
            };
            if (yes && header.get(i).equals(ANONYMOUS)) {
                anonymous = true;
            } else if (yes) {
                allowed.add(header.get(i));
            }
        }
        if (kind == Kind.FRAGMENT && (anonymous || !allowed.isEmpty())) {
            throw new IllegalArgumentException(
                    "role matrix line " + number + ": a fragment is no page: no for everyone");
        }
        StringBuilder regex = new StringBuilder();
        int literals = 0;
        int at = 0;
        var m = VARIABLE.matcher(target);
        while (m.find()) {
            regex.append(Pattern.quote(target.substring(at, m.start()))).append("[^/]+");
            literals += m.start() - at;
            at = m.end();
        }
        regex.append(Pattern.quote(target.substring(at)));
        literals += target.length() - at;
        return new Line(
                kind,
                method,
                target,
                Set.copyOf(allowed),
                anonymous,
                basis,
                Pattern.compile(regex.toString()),
                literals);
    }

    /**
     * The line of a request: a screen or fragment by its exact path; an operation by its method ({@code HEAD} as
     * {@code GET}) and the template that matches with the most literal characters, as JAX-RS picks a resource method
     * ({@code /permits/search} before {@code /permits/{id}}). Null when no line is about it.
     */
    public Line find(String method, String path) {
        String normalized = normalize(path);
        String verb = "HEAD".equalsIgnoreCase(method) ? "GET" : method.toUpperCase(Locale.ROOT);
        boolean api = normalized.startsWith("/api/");
        return lines.stream()
                .filter(l -> api
                        ? l.kind() == Kind.API
                                && l.method().equals(verb)
                                && l.pattern().matcher(normalized).matches()
                        : l.kind() != Kind.API && l.target().equals(normalized))
                .max(Comparator.comparingInt(Line::literals))
                .orElse(null);
    }

    /** Drops each segment's parameters ({@code ;jsessionid=...}), doubled slashes and a trailing slash. */
    static String normalize(String path) {
        String p = path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
