package org.tryon.app.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tryon.platform.security.RoleMatrix;
import org.tryon.platform.security.Roles;

/** The role matrix as a Markdown page (docs/security/role-matrix.md), written from the declaration. */
final class RoleMatrixDocument {

    /** Each role's column heading: the role and its demo user. */
    private static final Map<String, String> HEADINGS = new LinkedHashMap<>();

    static {
        HEADINGS.put(Roles.PERMIT_TECHNICIAN, "permit technician (tech)");
        HEADINGS.put(Roles.PLAN_REVIEWER, "plan reviewer (reviewer)");
        HEADINGS.put(Roles.INSPECTOR, "inspector (inspector)");
        HEADINGS.put(Roles.TRADE_CODE_ADMINISTRATOR, "trade code administrator (tca)");
        HEADINGS.put(Roles.ADMINISTRATOR, "administrator (director)");
        HEADINGS.put(Roles.COMMISSION_CLERK, "commission clerk (clerk)");
        HEADINGS.put(Roles.EXAM_ADMINISTRATOR, "exam administrator (examiner)");
        HEADINGS.put(Roles.EXAM_DELEGATE, "exam delegate (delegate)");
    }

    private RoleMatrixDocument() {}

    static String render(RoleMatrix matrix) {
        StringBuilder md = new StringBuilder();
        md.append("# Role matrix\n\n")
                .append(
                        "Who may call each REST operation and open each screen (ADR 0026). This page is written from the declaration, ")
                .append("`modules/app/src/main/resources/")
                .append(RoleMatrix.RESOURCE)
                .append("`; `RoleMatrixCoverageTest` fails when it ")
                .append(
                        "is behind (`mvn -pl modules/app test -Dtest=RoleMatrixCoverageTest -Dtryon.writeRoleMatrixDoc=true` rewrites it).\n\n")
                .append(
                        "✓ may call or open it (the use case may still refuse one record or one kind of action, for example an inspector ")
                .append(
                        "sees only their own day list); · refused: 403, or 401 (REST) and the sign-in page (screens) for anonymous callers. ")
                .append(
                        "Fragments (templates and includes) are no pages: 404 to everyone signed in. A refused call's problem document ")
                .append("names the section that says who may do it (\"refusal names\").\n\n");
        md.append("## REST operations\n");
        String group = null;
        for (RoleMatrix.Line line : matrix.lines()) {
            if (line.kind() != RoleMatrix.Kind.API) {
                continue;
            }
            String g = line.target().replaceFirst("^/api/v1/([^/{.]+).*$", "$1");
            if (!g.equals(group)) {
                group = g;
                md.append("\n### ").append(g).append("\n\n");
                header(md, "Operation", true);
            }
            row(md, "`" + line.method() + " " + line.target() + "`", line, true);
        }
        md.append("\n## Screens\n\n");
        header(md, "Screen", false);
        for (RoleMatrix.Line line : matrix.lines()) {
            if (line.kind() == RoleMatrix.Kind.SCREEN) {
                row(md, "`" + line.target() + "`", line, false);
            }
        }
        md.append("\n## Fragments (no pages)\n\n");
        List<String> fragments = matrix.lines().stream()
                .filter(l -> l.kind() == RoleMatrix.Kind.FRAGMENT)
                .map(l -> "`" + l.target() + "`")
                .toList();
        md.append(String.join(", ", fragments)).append("\n");
        return md.toString();
    }

    private static void header(StringBuilder md, String first, boolean basis) {
        md.append("| ").append(first);
        HEADINGS.values().forEach(h -> md.append(" | ").append(h));
        md.append(" | anonymous").append(basis ? " | refusal names |\n|---" : " |\n|---");
        HEADINGS.values().forEach(h -> md.append("|:-:"));
        md.append(basis ? "|:-:|---|\n" : "|:-:|\n");
    }

    private static void row(StringBuilder md, String first, RoleMatrix.Line line, boolean basis) {
        md.append("| ").append(first);
        HEADINGS.keySet().forEach(role -> md.append(" | ").append(line.allows(role) ? "✓" : "·"));
        md.append(" | ").append(line.anonymous() ? "✓" : "·").append(basis ? " | " + line.basis() + " |\n" : " |\n");
    }
}
