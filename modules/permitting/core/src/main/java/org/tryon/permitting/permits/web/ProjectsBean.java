package org.tryon.permitting.permits.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tryon.permitting.permits.application.ProjectView;
import org.tryon.permitting.permits.application.Projects;
import org.tryon.platform.web.LazyList;

/** The projects screen: search by name, street address or parcel number (PIN); lazy, filtered per column, exportable. */
@Named
@ViewScoped
public class ProjectsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Projects projects;

    private final LazyList<ProjectView> list = new LazyList<>(r -> projects.count(r), r -> projects.rows(r));

    public LazyList<ProjectView> getList() {
        return list;
    }
}
