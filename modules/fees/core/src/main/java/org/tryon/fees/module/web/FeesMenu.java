package org.tryon.fees.module.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.tryon.platform.security.Roles;
import org.tryon.platform.web.MenuSection;

@ApplicationScoped
public class FeesMenu implements MenuSection {

    @Override
    public String title() {
        return "Fees and ledger";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Item> items() {
        return List.of(
                new Item(
                        "Accounts",
                        "/fees/accounts.xhtml",
                        "pi pi-wallet",
                        Set.of(Roles.PERMIT_TECHNICIAN, Roles.ADMINISTRATOR)),
                new Item(
                        "Fee schedule",
                        "/fees/schedule.xhtml",
                        "pi pi-dollar",
                        Set.of(Roles.PERMIT_TECHNICIAN, Roles.ADMINISTRATOR)),
                new Item(
                        "Adjustment schedules",
                        "/fees/adjustment-schedules.xhtml",
                        "pi pi-sliders-h",
                        Set.of(Roles.PERMIT_TECHNICIAN, Roles.ADMINISTRATOR)),
                new Item(
                        "Delinquent accounts",
                        "/fees/delinquent.xhtml",
                        "pi pi-exclamation-triangle",
                        Set.of(Roles.PERMIT_TECHNICIAN, Roles.ADMINISTRATOR)),
                new Item(
                        "Ledger exports",
                        "/fees/exports.xhtml",
                        "pi pi-download",
                        Set.of(Roles.PERMIT_TECHNICIAN, Roles.ADMINISTRATOR)),
                new Item(
                        "Adjustment recap",
                        "/fees/adjustment.xhtml",
                        "pi pi-percentage",
                        Set.of(Roles.PERMIT_TECHNICIAN, Roles.ADMINISTRATOR)));
    }
}
