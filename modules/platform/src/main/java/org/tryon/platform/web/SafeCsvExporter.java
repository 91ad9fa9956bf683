package org.tryon.platform.web;

import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.tryon.platform.csv.CsvCells;

/**
 * The lists' CSV export ({@code p:dataExporter type="csv"}, {@code tryon/list-export.xhtml}) with
 * cells a spreadsheet does not run as formulas ({@link CsvCells}); registered for every data table
 * by {@link PlatformWebSetup}.
 */
public class SafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected String escapeQuotes(String value) {
        return super.escapeQuotes(CsvCells.safe(value));
    }
}
