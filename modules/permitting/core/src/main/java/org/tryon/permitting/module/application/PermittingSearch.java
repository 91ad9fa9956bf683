package org.tryon.permitting.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.permitting.parties.domain.ContractorLicense;
import org.tryon.permitting.parties.domain.DesignProfessional;
import org.tryon.permitting.parties.domain.Owner;
import org.tryon.permitting.permits.application.PermittingLists;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.platform.lists.ListRequest;
import org.tryon.platform.search.SearchHit;
import org.tryon.platform.search.SearchProvider;

/**
 * Permitting's part of the search box (ADR 0054), each kind through an index and at most {@code limit} rows:
 * <ul>
 *   <li>a permit by its number from its start (unique index of {@code permit_number}); the whole number is exact;
 *   <li>a permit by its street address, word by word (the permits list's {@code address} filter: the FULLTEXT index of
 *       V34, ADR 0048); text without a word of 3 characters is not looked up (it would be a scan);
 *   <li>a project by its PIN from its start, dashes optional (the list's {@code pin} filter: the index of the derived
 *       {@code pin_digits}); the whole PIN is exact; by its number; by the start of its name or its street address
 *       (indexes of V4 and V24);
 *   <li>a contractor firm by its name or a license number, "contains" (20,000 firms: the small scan ADR 0048 accepted
 *       for the permits list's contractor filter);
 *   <li>a person: an owner by the start of the name (index of V24: half a million owners at ten years), a design
 *       professional by any part of the name or the registration number (a few thousand).
 * </ul>
 * A read: nothing is written.
 */
@ApplicationScoped
@Transactional
public class PermittingSearch implements SearchProvider {

    private static final Pattern PERMIT_NUMBER = Pattern.compile("[A-Za-z]-?\\d[\\d-]*");
    private static final Pattern PIN = Pattern.compile("\\d[\\d-]{2,}");
    private static final Pattern PROJECT_NUMBER = Pattern.compile("#?\\d{1,9}");

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Override
    public List<String> screens() {
        return List.of(
                "/permitting/permit.xhtml",
                "/permitting/project.xhtml",
                "/permitting/contractor.xhtml",
                "/permitting/design-professionals.xhtml");
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        if (PERMIT_NUMBER.matcher(query).matches()) {
            hits.addAll(permitsByNumber(query, limit));
        }
        if (PIN.matcher(query).matches()) {
            hits.addAll(projectsByPin(query, limit));
        }
        if (PROJECT_NUMBER.matcher(query).matches()) {
            hits.addAll(projectByNumber(Long.parseLong(query.replace("#", ""))));
        }
        if (query.chars().anyMatch(Character::isLetter)) {
            hits.addAll(permitsByAddress(query, limit));
            hits.addAll(projectsByNameOrStreet(query, limit));
            hits.addAll(contractors(query, limit));
            hits.addAll(owners(query, limit));
            hits.addAll(designProfessionals(query, limit));
        }
        return hits;
    }

    /** Permits whose number starts with the text, in number order (read from the unique index and stopped). */
    List<SearchHit> permitsByNumber(String query, int limit) {
        List<Permit> permits = readOnly(em.createQuery(
                                "select p from Permit p where p.number like :start escape '\\'" + " order by p.number",
                                Permit.class)
                        .setParameter("start", escaped(query) + "%")
                        .setMaxResults(limit))
                .getResultList();
        return permits.stream()
                .map(p -> new SearchHit(
                        "Permit",
                        p.getNumber(),
                        permitDetail(p, true),
                        "/permitting/permit.xhtml?id=" + p.getId(),
                        p.getNumber().equalsIgnoreCase(query)))
                .toList();
    }

    /** Permits at a street address matching the words typed (the permits list's full-text filter), newest first. */
    List<SearchHit> permitsByAddress(String query, int limit) {
        if (!hasIndexedWord(query)) {
            return List.of();
        }
        return PermittingLists.PERMITS.rows(
                em,
                ListRequest.filtered(Map.of("address", query), limit),
                permits -> permits.stream()
                        .map(p -> SearchHit.of(
                                "Address",
                                p.getAddress().getStreet() + ", "
                                        + p.getAddress().getCity(),
                                "Permit " + p.getNumber() + " · " + permitDetail(p, false),
                                "/permitting/permit.xhtml?id=" + p.getId()))
                        .toList());
    }

    /** Projects whose PIN starts with the digits typed (dashes optional), through the index of their digits. */
    List<SearchHit> projectsByPin(String query, int limit) {
        String digits = query.replace("-", "");
        return PermittingLists.PROJECTS.rows(
                em,
                ListRequest.filtered(Map.of("pin", query), limit),
                projects -> projects.stream()
                        .map(p -> new SearchHit(
                                "Project",
                                "PIN " + p.getPin() + " · " + p.getName(),
                                projectDetail(p),
                                "/permitting/project.xhtml?id=" + p.getId(),
                                p.getPin().replace("-", "").equals(digits)))
                        .toList());
    }

    List<SearchHit> projectByNumber(long number) {
        Project p = em.find(Project.class, number);
        return p == null
                ? List.of()
                : List.of(SearchHit.of(
                        "Project",
                        "Project #" + p.getId() + " · " + p.getName(),
                        "PIN " + p.getPin() + " · " + projectDetail(p),
                        "/permitting/project.xhtml?id=" + p.getId()));
    }

    /** Projects whose name or street address starts with the text (each column's index, read in order and stopped). */
    List<SearchHit> projectsByNameOrStreet(String query, int limit) {
        List<Project> found = new ArrayList<>(readOnly(em.createQuery(
                                "select p from Project p join fetch p.owner where p.name like :start escape '\\'"
                                        + " order by p.name, p.id",
                                Project.class)
                        .setParameter("start", escaped(query) + "%")
                        .setMaxResults(limit))
                .getResultList());
        found.addAll(readOnly(em.createQuery(
                                "select p from Project p join fetch p.owner where p.address.street like :start"
                                        + " escape '\\' order by p.address.street, p.id",
                                Project.class)
                        .setParameter("start", escaped(query) + "%")
                        .setMaxResults(limit))
                .getResultList());
        return found.stream()
                .distinct()
                .limit(limit)
                .map(p -> SearchHit.of(
                        "Project",
                        p.getName(),
                        "Project #" + p.getId() + " · PIN " + p.getPin() + " · " + projectDetail(p),
                        "/permitting/project.xhtml?id=" + p.getId()))
                .toList();
    }

    /** Firms whose name or one of whose license numbers contains the text, by name. */
    List<SearchHit> contractors(String query, int limit) {
        String contains = "%" + escaped(query.toLowerCase(Locale.ROOT)) + "%";
        List<ContractorFirm> firms = readOnly(em.createQuery(
                                "select f from ContractorFirm f where lower(f.name) like :text escape '\\' or f.id in"
                                        + " (select l.firm.id from ContractorLicense l where lower(l.number) like :text"
                                        + " escape '\\') order by f.name, f.id",
                                ContractorFirm.class)
                        .setParameter("text", contains)
                        .setMaxResults(limit))
                .getResultList();
        return firms.stream()
                .map(f -> SearchHit.of(
                        "Contractor",
                        f.getName(),
                        f.getLicenses().stream()
                                .map(ContractorLicense::getNumber)
                                .map(n -> "license " + n)
                                .collect(Collectors.joining(", ")),
                        "/permitting/contractor.xhtml?id=" + f.getId()))
                .toList();
    }

    /** Owners whose name starts with the text, each with the newest of their projects (where the link goes). */
    List<SearchHit> owners(String query, int limit) {
        List<Owner> owners = readOnly(em.createQuery(
                                "select o from Owner o where o.name like :start escape '\\' order by o.name, o.id",
                                Owner.class)
                        .setParameter("start", escaped(query) + "%")
                        .setMaxResults(limit))
                .getResultList();
        if (owners.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> newest = new HashMap<>();
        em.createQuery(
                        "select p.owner.id, max(p.id), count(p) from Project p where p.owner in :owners"
                                + " group by p.owner.id",
                        Object[].class)
                .setParameter("owners", owners)
                .getResultList()
                .forEach(row -> newest.put((Long) row[0], row));
        List<SearchHit> hits = new ArrayList<>();
        for (Owner o : owners) {
            Object[] row = newest.get(o.getId());
            if (row != null) {
                long projects = (Long) row[2];
                hits.add(SearchHit.of(
                        "Person",
                        o.getName(),
                        "Owner of " + projects + (projects == 1 ? " project" : " projects") + " (the newest: #" + row[1]
                                + ")",
                        "/permitting/project.xhtml?id=" + row[1]));
            }
        }
        return hits;
    }

    /** Design professionals whose name or registration number contains the text. */
    List<SearchHit> designProfessionals(String query, int limit) {
        String contains = "%" + escaped(query.toLowerCase(Locale.ROOT)) + "%";
        return readOnly(em.createQuery(
                                "select d from DesignProfessional d where lower(d.name) like :text escape '\\'"
                                        + " or lower(d.registrationNumber) like :text escape '\\' order by d.name, d.id",
                                DesignProfessional.class)
                        .setParameter("text", contains)
                        .setMaxResults(limit))
                .getResultList()
                .stream()
                .map(d -> SearchHit.of(
                        "Person",
                        d.getName(),
                        d.getProfession().label() + " " + d.getRegistrationNumber()
                                + (d.getFirmName() == null ? "" : " · " + d.getFirmName()),
                        "/permitting/design-professionals.xhtml?id=" + d.getId()))
                .toList();
    }

    private static String permitDetail(Permit p, boolean withAddress) {
        return p.getTrade().label() + " · " + p.getStatus().label()
                + (withAddress
                        ? " · " + p.getAddress().getStreet() + ", "
                                + p.getAddress().getCity()
                        : "");
    }

    private static String projectDetail(Project p) {
        return p.getAddress().getStreet() + ", " + p.getAddress().getCity() + " · owner "
                + p.getOwner().getName();
    }

    /** Whether the full-text index can serve the text: a word of 3 characters or more (ADR 0048). */
    static boolean hasIndexedWord(String text) {
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                return true;
            }
        }
        return false;
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static <T> TypedQuery<T> readOnly(TypedQuery<T> query) {
        return query.setHint(HibernateHints.HINT_READ_ONLY, true);
    }
}
