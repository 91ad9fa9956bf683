package org.tryon.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.platform.home.HomeCard;
import org.tryon.platform.home.HomeChart;
import org.tryon.platform.home.HomePage;

/**
 * The caller's home page as data (ADR 0050): the work-list cards of the caller's roles, each with its title, count,
 * link (a path of the application), one line of detail and, where a trend matters, the chart's figures. Any signed-in
 * user; a read.
 */
@Path("home")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class HomeResource {

    @Inject
    HomePage page;

    /** A card. */
    public record Card(String key, String title, long count, String figure, String link, String detail, Chart chart) {}

    /** A card's chart: one series over labels, with the threshold line if there is one. */
    public record Chart(
            String type,
            String series,
            String labelsHeading,
            List<String> labels,
            List<BigDecimal> values,
            BigDecimal threshold,
            String thresholdLabel) {}

    @GET
    @Operation(summary = "The caller's home page: work-list cards with counts, links and charts")
    public List<Card> home() {
        return page.cards().stream().map(HomeResource::card).toList();
    }

    private static Card card(HomeCard c) {
        HomeChart h = c.chart();
        return new Card(
                c.key(),
                c.title(),
                c.count(),
                c.figure(),
                c.link(),
                c.detail(),
                h == null
                        ? null
                        : new Chart(
                                h.type(),
                                h.series(),
                                h.labelsHeading(),
                                h.labels(),
                                h.values(),
                                h.threshold(),
                                h.thresholdLabel()));
    }
}
