package org.tryon.platform.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page's cards for the signed-in user, read once per request. */
@Named("home")
@RequestScoped
public class HomeBean {

    @Inject
    HomePage page;

    private List<HomeCard> cards;

    public List<HomeCard> getCards() {
        if (cards == null) {
            cards = page.cards();
        }
        return cards;
    }
}
