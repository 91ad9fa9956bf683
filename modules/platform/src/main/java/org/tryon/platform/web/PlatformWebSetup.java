package org.tryon.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/** At start: the lists' CSV export neutralises formula cells (ADR 0022). */
@WebListener
public class PlatformWebSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
    }
}
