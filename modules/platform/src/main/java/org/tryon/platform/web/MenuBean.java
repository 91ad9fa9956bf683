package org.tryon.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The main menu for the signed-in user. */
@Named("menu")
@RequestScoped
public class MenuBean {

    @Inject
    @Any
    Instance<MenuSection> sections;

    @Inject
    SecurityContext security;

    private List<VisibleSection> visible;

    public List<VisibleSection> getSections() {
        if (visible == null) {
            visible = new ArrayList<>();
            List<MenuSection> ordered = new ArrayList<>();
            sections.forEach(ordered::add);
            ordered.sort(Comparator.comparingInt(MenuSection::order));
            for (MenuSection s : ordered) {
                List<MenuSection.Item> items = s.items().stream()
                        .filter(i -> i.roles().stream().anyMatch(security::isCallerInRole))
                        .toList();
                if (!items.isEmpty()) {
                    visible.add(new VisibleSection(s.title(), items));
                }
            }
        }
        return visible;
    }

    public String getUser() {
        return security.getCallerPrincipal() == null
                ? null
                : security.getCallerPrincipal().getName();
    }

    public record VisibleSection(String title, List<MenuSection.Item> items) {}
}
