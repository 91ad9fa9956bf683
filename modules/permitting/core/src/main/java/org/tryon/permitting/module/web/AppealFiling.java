package org.tryon.permitting.module.web;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The fields of every form filing an appeal (what {@code module.domain.Appeal} states): the day
 * the written notice of appeal was filed, the appellant and the grounds. Used by the appeal of an
 * order (108.12.7) and of exceptions to an industrial machinery list (108.10 G.2); the screens bind
 * to {@code #{bean.appealFiling.filedOn}} and so on, and each form builds its own command from them.
 */
public class AppealFiling implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate filedOn;
    private String appellant;
    private String grounds;

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public void setFiledOn(LocalDate v) {
        filedOn = v;
    }

    public String getAppellant() {
        return appellant;
    }

    public void setAppellant(String v) {
        appellant = v;
    }

    public String getGrounds() {
        return grounds;
    }

    public void setGrounds(String v) {
        grounds = v;
    }
}
