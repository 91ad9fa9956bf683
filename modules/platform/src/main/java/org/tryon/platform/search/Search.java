package org.tryon.platform.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tryon.platform.errors.InvalidInputException;
import org.tryon.platform.security.RoleMatrix;

/**
 * The search box (ADR 0054): asks each module's {@link SearchProvider} whose screens the caller may open, keeps the hits
 * whose page the role matrix lets the caller open, and merges them ({@link SearchRanking}). A read: nothing is written.
 */
@ApplicationScoped
public class Search {

    /** Fewer characters find too much to be useful. */
    public static final int MIN_LENGTH = 2;

    public static final int MAX_LENGTH = 100;

    /** Hits of each kind a provider answers and the results show. */
    public static final int PER_KIND = 8;

    @Inject
    @Any
    Instance<SearchProvider> providers;

    @Inject
    SecurityContext security;

    private RoleMatrix matrix;

    @PostConstruct
    void loadMatrix() {
        matrix = RoleMatrix.load(Search.class.getClassLoader());
    }

    /**
     * The hits for {@code text} the caller may open, exact numbers and PINs first; none for text shorter than {@value
     * #MIN_LENGTH} characters. Refuses text longer than {@value #MAX_LENGTH} characters, naming the field.
     */
    public List<SearchHit> find(String text) {
        String query = text == null ? "" : text.strip();
        if (query.length() > MAX_LENGTH) {
            throw new InvalidInputException(
                    "q",
                    "at most " + MAX_LENGTH + " characters",
                    "Search text: type at most " + MAX_LENGTH + " characters");
        }
        if (query.length() < MIN_LENGTH) {
            return List.of();
        }
        List<SearchProvider> ordered = new ArrayList<>();
        providers.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(SearchProvider::order));
        List<List<SearchHit>> answers = new ArrayList<>();
        for (SearchProvider provider : ordered) {
            if (provider.screens().stream().noneMatch(this::mayOpen)) {
                continue;
            }
            answers.add(provider.search(query, PER_KIND).stream()
                    .filter(h -> mayOpen(h.screen()))
                    .toList());
        }
        return SearchRanking.merge(answers, PER_KIND);
    }

    /** Whether the role matrix lets the caller open {@code screen}; a screen it does not know is not offered. */
    boolean mayOpen(String screen) {
        if (matrix == null) {
            return true;
        }
        RoleMatrix.Line line = matrix.find("GET", screen);
        return line != null
                && line.kind() != RoleMatrix.Kind.FRAGMENT
                && (line.anonymous() || line.roles().stream().anyMatch(security::isCallerInRole));
    }
}
