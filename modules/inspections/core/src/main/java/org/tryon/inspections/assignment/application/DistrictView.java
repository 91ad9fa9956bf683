package org.tryon.inspections.assignment.application;

import java.util.List;
import org.tryon.inspections.assignment.domain.InspectionDistrict;

/** An inspection district and the ZIP codes it covers. */
public record DistrictView(String code, String name, List<String> zipCodes) implements java.io.Serializable {

    static DistrictView of(InspectionDistrict d) {
        return new DistrictView(
                d.getCode(), d.getName(), d.getZipCodes().stream().sorted().toList());
    }
}
