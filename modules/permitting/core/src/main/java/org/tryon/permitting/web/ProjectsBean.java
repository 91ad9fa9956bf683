package org.tryon.permitting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.permitting.application.ProjectView;
import org.tryon.permitting.application.Projects;

/** The projects screen: search by name, street address or parcel number (PIN). */
@Named
@ViewScoped
public class ProjectsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Projects projects;

    private String query;
    private List<ProjectView> list;

    public void search() {
        list = projects.search(query, 200);
    }

    public List<ProjectView> getList() {
        if (list == null) {
            search();
        }
        return list;
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
}
