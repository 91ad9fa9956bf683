package org.tryon.platform.home;

import java.time.LocalDate;
import java.util.Set;

/** Who the home page is for: the user name, the roles of this request and the county's today. */
public record Viewer(String userName, Set<String> roles, LocalDate today) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    /** Whether the viewer has at least one of {@code anyOf}. */
    public boolean has(String... anyOf) {
        for (String r : anyOf) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
