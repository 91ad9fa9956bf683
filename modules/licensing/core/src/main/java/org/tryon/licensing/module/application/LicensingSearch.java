package org.tryon.licensing.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hibernate.jpa.HibernateHints;
import org.tryon.licensing.module.domain.Candidate;
import org.tryon.platform.search.SearchHit;
import org.tryon.platform.search.SearchProvider;
import org.tryon.platform.text.UsFormat;

/**
 * Licensing's part of the search box (ADR 0054): candidates for a certificate (106, 107.1.5 C) by their number (the
 * primary key) or by any part of their name or e-mail address (the county's candidates of ten years are thousands of
 * rows, read once and bounded by the limit). A read: nothing is written.
 */
@ApplicationScoped
@Transactional
public class LicensingSearch implements SearchProvider {

    private static final Pattern NUMBER = Pattern.compile("#?\\d{1,9}");

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Override
    public List<String> screens() {
        return List.of("/licensing/candidate.xhtml");
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        List<Candidate> found = new ArrayList<>();
        if (NUMBER.matcher(query).matches()) {
            Candidate byNumber = em.find(Candidate.class, Long.parseLong(query.replace("#", "")));
            if (byNumber != null) {
                found.add(byNumber);
            }
        }
        if (query.chars().anyMatch(Character::isLetter)) {
            String contains = "%"
                    + query.toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            found.addAll(em.createQuery(
                            "select c from Candidate c join fetch c.certificateType where lower(c.name) like :text"
                                    + " escape '\\' or lower(c.email) like :text escape '\\' order by c.name, c.id",
                            Candidate.class)
                    .setParameter("text", contains)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .setMaxResults(limit)
                    .getResultList());
        }
        return found.stream()
                .distinct()
                .limit(limit)
                .map(c -> SearchHit.of(
                        "Candidate",
                        c.getName(),
                        "Candidate #" + c.getId() + " · "
                                + c.getCertificateType().getName() + " · entered " + UsFormat.date(c.getEnteredOn()),
                        "/licensing/candidate.xhtml?id=" + c.getId()))
                .toList();
    }
}
