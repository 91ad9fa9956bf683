package org.tryon.licensing.itembank.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tryon.licensing.itembank.application.ItemBankAccess;
import org.tryon.licensing.itembank.application.ItemBankViews.AccessView;
import org.tryon.platform.web.FacesErrors;

/** The item bank's access log: who viewed or exported items, when, what, how many. */
@Named
@ViewScoped
public class ItemAccessLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ItemBankAccess access;

    private String user;
    private LocalDate from;
    private LocalDate to;
    private List<AccessView> list;

    public void search() {
        list = null;
    }

    public List<AccessView> getList() {
        if (list == null) {
            try {
                list = access.log(user, from, to, 2000);
            } catch (RuntimeException e) {
                FacesErrors.show(e);
                list = List.of();
            }
        }
        return list;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
