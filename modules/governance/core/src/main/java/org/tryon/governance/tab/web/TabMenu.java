package org.tryon.governance.tab.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.tryon.platform.security.Roles;
import org.tryon.platform.web.MenuSection;

/** The TAB's screens: members' links, referrals to the NC Department of Insurance, interpretations, the quarterly report (107.2.4 J-L). */
@ApplicationScoped
public class TabMenu implements MenuSection {

    @Override
    public String title() {
        return "Technical Advisory Board";
    }

    @Override
    public int order() {
        return 41;
    }

    @Override
    public List<Item> items() {
        return List.of(
                new Item(
                        "Members' links to permit parties",
                        "/governance/tab/links.xhtml",
                        "pi pi-link",
                        Set.of(Roles.COMMISSION_CLERK, Roles.ADMINISTRATOR)),
                new Item(
                        "DOI referrals",
                        "/governance/tab/referrals.xhtml",
                        "pi pi-send",
                        Set.of(Roles.COMMISSION_CLERK, Roles.ADMINISTRATOR)),
                new Item(
                        "Recommendations and interpretations",
                        "/governance/tab/interpretations.xhtml",
                        "pi pi-book",
                        Set.of(Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item(
                        "Quarterly report to the BDC",
                        "/governance/tab/report.xhtml",
                        "pi pi-file-pdf",
                        Set.of(Roles.COMMISSION_CLERK, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR)));
    }
}
