package org.tryon.governance.tab.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The project (permitting's id) a TAB agenda item is about, when it names a project rather than a permit (107.2.4 J.2 "any project submitted"). */
@Entity
@Table(name = "gov_tab_item_project")
public class ItemProject {

    @Id
    @Column(name = "agenda_item_id")
    private Long agendaItemId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "set_by", nullable = false, length = 100)
    private String setBy;

    protected ItemProject() {}

    public ItemProject(long agendaItemId, long projectId, String setBy) {
        this.agendaItemId = agendaItemId;
        this.projectId = projectId;
        this.setBy = setBy;
    }

    public void change(long projectId, String by) {
        this.projectId = projectId;
        this.setBy = by;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getSetBy() {
        return setBy;
    }
}
