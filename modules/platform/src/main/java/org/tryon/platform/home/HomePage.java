package org.tryon.platform.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;

/**
 * The home page's cards for the caller (ADR 0050): every module's {@link WorkListSection} asked with the caller's
 * roles and the county's today, in the sections' order. A read: nothing is written. A section that fails is left out
 * (and logged) rather than taking the whole home page down.
 */
@ApplicationScoped
public class HomePage {

    private static final Logger LOG = Logger.getLogger(HomePage.class.getName());

    @Inject
    @Any
    Instance<WorkListSection> sections;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    /** The caller as the sections see it. */
    public Viewer viewer() {
        Set<String> roles = new HashSet<>();
        Roles.ALL.stream().filter(security::isCallerInRole).forEach(roles::add);
        return new Viewer(CurrentUser.nameFrom(security), roles, LocalDate.now(clock));
    }

    /** The caller's cards. */
    public List<HomeCard> cards() {
        return cards(viewer());
    }

    List<HomeCard> cards(Viewer viewer) {
        List<WorkListSection> ordered = new ArrayList<>();
        sections.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(WorkListSection::order));
        List<HomeCard> cards = new ArrayList<>();
        for (WorkListSection s : ordered) {
            try {
                cards.addAll(s.cards(viewer));
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "A home page section failed: " + s.getClass().getName(),
                        e);
            }
        }
        return cards;
    }
}
