package org.tryon.platform.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.platform.time.TryonClock;

/**
 * The issuer of the department's documents (county and department, configurable for another
 * county) and the day they are generated, by the county's clock: every module starts its PDFs here.
 */
@ApplicationScoped
public class Letterhead {

    @Inject
    @ConfigProperty(name = "tryon.county.name", defaultValue = "Mecklenburg County")
    String county;

    @Inject
    @ConfigProperty(name = "tryon.department.name", defaultValue = "Code Enforcement Department")
    String department;

    @Inject
    TryonClock clock;

    /** A document with this title, on the department's letterhead, generated today. */
    public PdfDocumentBuilder document(String title) {
        return PdfDocumentBuilder.titled(title).issuer(county, department).generatedOn(clock.today());
    }

    public String county() {
        return county;
    }
}
