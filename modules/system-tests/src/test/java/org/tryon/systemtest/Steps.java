package org.tryon.systemtest;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A journey's steps as a person counts them (issue 17: "fewer steps than today"): each link followed, button pressed,
 * field typed into, list chosen or box ticked is one step; waiting and reading are none. The first-day journeys assert
 * an upper bound on them.
 */
final class Steps {

    private final Screens screens;
    private final List<String> done = new ArrayList<>();

    Steps(Screens screens) {
        this.screens = screens;
    }

    /** A link or button found by id. */
    void click(String id) {
        screens.click(id);
        done.add("click " + id);
    }

    /** A link found another way (by its text, its address). */
    void follow(By link) {
        WebElement a = screens.wait(10).until(ExpectedConditions.elementToBeClickable(link));
        ((JavascriptExecutor) screens.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", a);
        a.click();
        done.add("follow " + link);
    }

    void type(String id, String text) {
        screens.type(id, text);
        done.add("type " + id);
    }

    /** A plain list (h:selectOneMenu) by the option's value. */
    void select(String id, String value) {
        screens.select(id, value);
        done.add("select " + id);
    }

    /** A PrimeFaces list by the option's label. */
    void choose(String id, String label) {
        screens.choose(id, label);
        done.add("choose " + id);
    }

    /** A PrimeFaces many-check box's option. */
    void tickOption(String id, String value) {
        screens.tickOption(id, value);
        done.add("tick " + id + " " + value);
    }

    /** A page opened from the menu or the header (one step, as a person opens it). */
    void open(String path) {
        screens.open(path);
        done.add("open " + path);
    }

    int count() {
        return done.size();
    }

    @Override
    public String toString() {
        return done.size() + " steps: " + String.join("; ", done);
    }
}
