package org.tryon.inspections.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RouteOrderTest {

    record Stop(long requestId, boolean urgent, String districtCode, String address) implements RouteOrder.Stop {}

    private static List<Long> ordered(Stop... stops) {
        return Stream.of(stops).sorted(RouteOrder.ORDER).map(Stop::requestId).toList();
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017 day list: urgent requests first, then by district, then along each street by house number")
    void urgentThenDistrictThenAddress() {
        Stop tryon900 = new Stop(1, false, "CENTER", "900 N Tryon St, Charlotte, NC 28206");
        Stop tryon12 = new Stop(2, false, "CENTER", "12 N Tryon St, Charlotte, NC 28202");
        Stop elm = new Stop(3, false, "CENTER", "5 Elm Ct, Charlotte, NC 28205");
        Stop sharon = new Stop(4, false, "SOUTH", "2210 Sharon Ln, Charlotte, NC 28211");
        Stop urgentSouth = new Stop(5, true, "SOUTH", "1 Sharon Ln, Charlotte, NC 28211");
        Stop urgentCenter = new Stop(6, true, "CENTER", "950 N Tryon St, Charlotte, NC 28206");
        assertThat(ordered(sharon, tryon900, urgentSouth, elm, tryon12, urgentCenter))
                .containsExactly(6L, 5L, 3L, 2L, 1L, 4L);
    }

    @Test
    @DisplayName(
            "day list: house numbers are compared as numbers (9 before 700), and an address without a known district comes last")
    void numbersAndUnknownDistricts() {
        Stop nine = new Stop(1, false, "CENTER", "9 N Tryon St, Charlotte, NC 28202");
        Stop sevenHundred = new Stop(2, false, "CENTER", "700 N Tryon St, Charlotte, NC 28202");
        Stop noDistrict = new Stop(3, false, null, "1 Main St, Gastonia, NC 28052");
        assertThat(ordered(noDistrict, sevenHundred, nine)).containsExactly(1L, 2L, 3L);
    }

    @Test
    @DisplayName("day list: the street is read without the house number, the city and the ZIP code")
    void streetAddress() {
        assertThat(RouteOrder.StreetAddress.of("700 N Tryon St, Charlotte, NC 28202"))
                .isEqualTo(new RouteOrder.StreetAddress("n tryon st", 700));
        assertThat(RouteOrder.StreetAddress.of("Lot 4 Hidden Valley Rd, Charlotte, NC 28213")
                        .number())
                .isEqualTo(Long.MAX_VALUE);
        assertThat(RouteOrder.StreetAddress.of("15B Oak St, Charlotte, NC 28203"))
                .isEqualTo(new RouteOrder.StreetAddress("oak st", 15));
    }

    @Test
    @DisplayName("districts: a permit's district comes from the ZIP code (or ZIP+4) ending its address")
    void zipOfAddress() {
        assertThat(InspectionDistrict.zipOf("700 N Tryon St, Charlotte, NC 28202"))
                .contains("28202");
        assertThat(InspectionDistrict.zipOf("1501 South Blvd, Charlotte, NC 28203-4321 "))
                .contains("28203");
        assertThat(InspectionDistrict.zipOf("1501 South Blvd, Charlotte")).isEmpty();
        assertThat(InspectionDistrict.zipOf(null)).isEmpty();
    }
}
