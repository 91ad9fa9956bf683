package org.tryon.permitting.api;

import java.util.List;
import java.util.Optional;
import org.tryon.platform.kernel.ProjectId;

/**
 * Who is a party to a permit or a project, for the other modules. Governance uses it to propose
 * conflicts of interest of TAB members before a meeting (107.2.4 J.1): a member is linked to
 * contractor firms, design professionals or owners kept here, and an agenda item names a permit or a
 * project. The parties of a project are its owner, the contractor firms holding its permits and the
 * design professionals who sealed its plans; the parties of a permit are the same for the permit's
 * project, with the permit's own holder first. Implemented by permitting; injected by CDI. Reads only.
 */
public interface PermitParties {

    /** The kinds of party a person outside permitting may be linked to. */
    enum PartyKind {
        CONTRACTOR,
        DESIGN_PROFESSIONAL,
        OWNER
    }

    /**
     * A party on permitting's record: a contractor firm (106), a design professional (architect or engineer) or an owner.
     * {@code id} stays a {@code long} (ADR 0045): what it names depends on {@code kind}, so no one id type fits it.
     */
    record Party(PartyKind kind, long id, String name, String detail) {}

    /** A party and how it is one on the subject: "holds permit B-2026-000123", "owns the project", "sealed plans of cycle 1". */
    record Role(Party party, String role) {}

    /** A permit (its number, or null when the subject is a project) or a project with every party to it. */
    record Subject(String permitNumber, ProjectId projectId, String projectName, String address, List<Role> parties) {}

    /** Parties of a kind whose name (or, for a firm, license number; for a design professional, firm) contains the text; at most {@code max}, by name. */
    List<Party> find(PartyKind kind, String text, int max);

    /** One party, or empty when permitting has none of that kind and id. */
    Optional<Party> party(PartyKind kind, long id);

    /** The permit of that number with the parties to it, or empty. */
    Optional<Subject> permit(String permitNumber);

    /** The project with the parties to it, or empty. */
    Optional<Subject> project(ProjectId projectId);

    /** The numbers of the permits a party is a party to (held, on a project it owns or whose plans it sealed), newest first. */
    List<String> permitsOf(PartyKind kind, long id);
}
