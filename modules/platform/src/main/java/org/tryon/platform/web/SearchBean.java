package org.tryon.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.tryon.platform.search.Search;
import org.tryon.platform.search.SearchHit;
import org.tryon.platform.search.SearchRanking;

/**
 * The results page of the header's search box ({@code /search.xhtml?q=...}, ADR 0054): the hits grouped by kind; a
 * single exact permit number or PIN opens its page at once.
 */
@Named("searchBox")
@RequestScoped
public class SearchBean {

    @Inject
    Search search;

    private String q;
    private List<SearchHit> hits = List.of();
    private boolean searched;

    /** Runs the search on opening the page; redirects to the only exact hit. */
    public void load() {
        String text = q == null ? "" : q.strip();
        if (text.length() > Search.MAX_LENGTH) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    "Search text: type at most " + Search.MAX_LENGTH + " characters",
                                    "a number, an address, a PIN or a name is shorter"));
            return;
        }
        if (text.length() < Search.MIN_LENGTH) {
            return;
        }
        searched = true;
        hits = search.find(text);
        SearchHit only = SearchRanking.straightTo(hits);
        if (only != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            try {
                external.redirect(external.getRequestContextPath() + only.path());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    /** Whether a search ran (text of at least two characters). */
    public boolean isSearched() {
        return searched;
    }

    public List<SearchHit> getHits() {
        return hits;
    }

    public List<SearchRanking.Group> getGroups() {
        return SearchRanking.groups(hits);
    }
}
