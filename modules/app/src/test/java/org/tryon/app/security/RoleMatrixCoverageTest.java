package org.tryon.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.security.RoleMatrix;
import org.tryon.platform.security.Roles;
import org.tryon.platform.web.WebHardeningFilter;

/**
 * The role matrix (ADR 0026) against what the build holds: every operation of the generated OpenAPI document and every
 * Facelets file of every module has exactly one line, no line is stale, the lines say what the department expects of each
 * role, and docs/security/role-matrix.md shows the matrix as it is.
 */
class RoleMatrixCoverageTest {

    static final Path MATRIX = Path.of("src/main/resources").resolve(RoleMatrix.RESOURCE);
    static final Path DOC = Path.of("../../docs/security/role-matrix.md");
    private static final Set<String> VERBS = Set.of("get", "post", "put", "delete", "patch");

    private static RoleMatrix matrix;

    @BeforeAll
    static void read() throws IOException {
        try (Reader r = Files.newBufferedReader(MATRIX)) {
            matrix = RoleMatrix.parse(r);
        }
    }

    private static Set<String> keys(RoleMatrix.Kind... kinds) {
        Set<String> keys = new TreeSet<>();
        for (RoleMatrix.Line l : matrix.lines()) {
            if (List.of(kinds).contains(l.kind())) {
                keys.add(l.key());
            }
        }
        return keys;
    }

    @Test
    @DisplayName(
            "ADR 0026: every operation of the OpenAPI document has its line in the role matrix, and every operation line is in the document")
    void everyOperation() throws IOException {
        Path doc = Path.of("target/classes/META-INF/openapi.json");
        assertThat(doc)
                .as("the build generates the OpenAPI document before the tests")
                .exists();
        Set<String> operations = new TreeSet<>();
        try (Reader r = Files.newBufferedReader(doc);
                JsonReader json = Json.createReader(r)) {
            for (Map.Entry<String, JsonValue> path :
                    json.readObject().getJsonObject("paths").entrySet()) {
                for (String verb : path.getValue().asJsonObject().keySet()) {
                    if (VERBS.contains(verb)) {
                        operations.add(verb.toUpperCase() + " " + path.getKey());
                    }
                }
            }
        }
        assertThat(operations).hasSizeGreaterThan(150);
        Set<String> declared = keys(RoleMatrix.Kind.API);
        assertThat(new TreeSet<>(difference(operations, declared)))
                .as("operations without a line in " + MATRIX)
                .isEmpty();
        assertThat(new TreeSet<>(difference(declared, operations)))
                .as("lines of " + MATRIX + " that the API no longer has")
                .isEmpty();
    }

    @Test
    @DisplayName(
            "ADR 0026: every Facelets file of every module has its line (a page as screen, a template or include as fragment), and every "
                    + "screen line is a file")
    void everyScreen() throws IOException {
        Map<String, Path> files = new TreeMap<>();
        List<String> twice = new ArrayList<>();
        for (Path root : faceletRoots()) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path f : walk.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                    String view = "/" + root.relativize(f).toString().replace('\\', '/');
                    if (files.put(view, f) != null) {
                        twice.add(view);
                    }
                }
            }
        }
        assertThat(twice).as("one view path, one file").isEmpty();
        assertThat(files).hasSizeGreaterThan(40);
        Set<String> declared = keys(RoleMatrix.Kind.SCREEN, RoleMatrix.Kind.FRAGMENT);
        assertThat(new TreeSet<>(difference(files.keySet(), declared)))
                .as("Facelets files without a line in " + MATRIX)
                .isEmpty();
        assertThat(new TreeSet<>(difference(declared, files.keySet())))
                .as("lines of " + MATRIX + " without a file")
                .isEmpty();
        List<String> wrongKind = new ArrayList<>();
        for (Map.Entry<String, Path> f : files.entrySet()) {
            boolean fragment = WebHardeningFilter.isFragment(Files.readString(f.getValue(), StandardCharsets.UTF_8));
            RoleMatrix.Line line = matrix.find("GET", f.getKey());
            if (fragment != (line.kind() == RoleMatrix.Kind.FRAGMENT)) {
                wrongKind.add(f.getKey() + " is " + (fragment ? "a fragment" : "a page") + ", the matrix says "
                        + line.kind());
            }
        }
        assertThat(wrongKind).isEmpty();
    }

    /** The modules' page roots: each module's META-INF/resources and the WAR's own web directory. */
    private static List<Path> faceletRoots() throws IOException {
        List<Path> roots = new ArrayList<>();
        Path modules = Path.of("..");
        try (Stream<Path> list = Files.list(modules)) {
            for (Path module : list.sorted().toList()) {
                for (Path candidate : List.of(
                        module.resolve("src/main/resources/META-INF/resources"),
                        module.resolve("core/src/main/resources/META-INF/resources"),
                        module.resolve("src/main/webapp"))) {
                    if (Files.isDirectory(candidate)) {
                        roots.add(candidate);
                    }
                }
            }
        }
        assertThat(roots).as("the modules' page roots, seen from modules/app").hasSizeGreaterThan(5);
        return roots;
    }

    @Test
    @DisplayName(
            "ADR 0026: anonymous callers reach only the sign-in page, the health check and the public pages (/public/, /api/v1/public/); "
                    + "an anonymous write is only a POST under /api/v1/public/ (a subscription, an application, a sign-up)")
    void anonymous() {
        assertThat(matrix.lines().stream()
                        .filter(RoleMatrix.Line::anonymous)
                        .map(RoleMatrix.Line::key)
                        .filter(k -> !k.equals("GET /api/v1/health")
                                && !k.equals("/login.xhtml")
                                && !k.startsWith("/public/")
                                && !k.matches("(GET|POST) /api/v1/public/.*")))
                .isEmpty();
        assertThat(matrix.lines().stream().filter(RoleMatrix.Line::anonymous).map(RoleMatrix.Line::key))
                .contains("GET /api/v1/health", "/login.xhtml");
    }

    @Test
    @DisplayName(
            "ADR 0026: the commission clerk, the exam administrator and the exam delegate (107.1.5 C) reach their own module and what every user has (who they are, "
                    + "the county's holidays, the start page and its work list, the search box, ADR 0054), nothing of permits, fees or inspections")
    void clerkAndExaminer() {
        Set<String> everyone = Set.of(
                "GET /api/v1/me",
                "GET /api/v1/home",
                "GET /api/v1/calendar/holidays",
                "GET /api/v1/calendar/holidays/exceptions",
                "GET /api/v1/calendar/holidays/rules",
                "/index.xhtml",
                "/calendar/holidays.xhtml",
                "/login.xhtml",
                "GET /api/v1/health",
                "GET /api/v1/search",
                "/search.xhtml");
        // the public pages and the public REST (ADR 0026 amendment) are open to anyone, the clerk and the examiner
        // included
        java.util.function.Predicate<String> notPublic =
                k -> !(k.startsWith("/public/") || k.matches("(GET|POST) /api/v1/public/.*"));
        assertThat(reach(Roles.COMMISSION_CLERK).stream()
                        .filter(notPublic)
                        .filter(k -> !everyone.contains(k)
                                && !k.matches("(GET|POST|PUT|DELETE) /api/v1/(commissions|meetings|governance)(/.*)?")
                                && !k.startsWith("/governance/")))
                .isEmpty();
        assertThat(reach(Roles.EXAM_ADMINISTRATOR).stream()
                        .filter(notPublic)
                        .filter(k -> !everyone.contains(k)
                                && !k.matches("(GET|POST|PUT|DELETE) /api/v1/licensing/.*")
                                && !k.startsWith("/licensing/")))
                .isEmpty();
        // 107.1.5 C: a delegate runs delegated examinations and nothing else
        assertThat(reach(Roles.EXAM_DELEGATE).stream()
                        .filter(notPublic)
                        .filter(k -> !everyone.contains(k)
                                && !k.matches("(GET|POST|PUT|DELETE) /api/v1/licensing/.*")
                                && !k.startsWith("/licensing/")))
                .isEmpty();
        assertThat(reach(Roles.EXAM_DELEGATE)).containsAll(everyone);
        assertThat(reach(Roles.COMMISSION_CLERK)).containsAll(everyone);
        assertThat(reach(Roles.EXAM_ADMINISTRATOR)).containsAll(everyone);
    }

    @Test
    @DisplayName(
            "ADR 0026: only the administrator changes settings, fee schedules, plan rules, the clock and holidays, and declares outages")
    void administratorOnly() {
        List<String> administrators = matrix.lines().stream()
                .filter(
                        l -> l.kind() == RoleMatrix.Kind.API
                                && !l.method().equals("GET")
                                && l.target()
                                        .matches(
                                                "/api/v1/(settings|fee-schedule|plan-rules|calendar|outages|adjustment-schedules)(/.*)?"))
                .filter(l -> !l.roles().equals(Set.of(Roles.ADMINISTRATOR)) || l.anonymous())
                .map(RoleMatrix.Line::key)
                .toList();
        assertThat(administrators).isEmpty();
        assertThat(matrix.lines().stream()
                        .filter(l -> !l.anonymous()
                                && !l.allows(Roles.ADMINISTRATOR)
                                && l.kind() != RoleMatrix.Kind.FRAGMENT
                                && !l.key()
                                        .equals(
                                                "POST /api/v1/industrial-machinery/items/{itemId}/initial-determination")
                                && !l.target().matches("(/api/v1)?/licensing/(items|item-outlines|forms)([/.-].*)?"))
                        .map(RoleMatrix.Line::key))
                .as(
                        "the administrator reaches everything but the field inspector's initial determination (108.10 G.3 C)"
                                + " and the confidential item bank's items, outlines and forms (107.1.5 C, ADR 0034)")
                .isEmpty();
    }

    @Test
    @DisplayName(
            "ADR 0026: docs/security/role-matrix.md shows the matrix as declared (-Dtryon.writeRoleMatrixDoc=true writes it)")
    void documentIsCurrent() throws IOException {
        String rendered = RoleMatrixDocument.render(matrix);
        if (Boolean.getBoolean("tryon.writeRoleMatrixDoc")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }
        assertThat(DOC).exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as(DOC + " is behind " + MATRIX
                        + ": mvn -pl modules/app test -Dtest=RoleMatrixCoverageTest -Dtryon.writeRoleMatrixDoc=true")
                .isEqualTo(rendered);
    }

    private static Set<String> reach(String role) {
        Set<String> keys = new TreeSet<>();
        matrix.lines().stream().filter(l -> l.allows(role)).forEach(l -> keys.add(l.key()));
        return keys;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
