package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every main screen passes axe-core without a serious or critical violation (ADR 0049): the screens of each role's
 * menu, its home page and the detail pages the menu leads to. And the main flows work from the keyboard alone.
 */
class AccessibilityIT extends ScreenTest {

    /** Pages already checked by an earlier role (the same page answers the same markup to each role). */
    private static final Set<String> CHECKED = new LinkedHashSet<>();

    @ParameterizedTest(name = "{0}: every screen of the menu and its detail pages, 0 serious or critical")
    @CsvSource({
        "tech,tech-demo,permitting/permit.xhtml?id=1 permitting/project.xhtml?id=1 permitting/contractor.xhtml?id=1"
                + " fees/account.xhtml?id=1",
        "inspector,inspector-demo,",
        "tca,tca-demo,",
        "reviewer,reviewer-demo,",
        "director,director-demo,",
        "clerk,clerk-demo,governance/meeting.xhtml?id=1",
        "examiner,examiner-demo,licensing/candidate.xhtml?id=1 licensing/session.xhtml?id=1",
    })
    void everyMainScreen(String user, String password, String details) {
        screens.signIn(user, password);
        assertThat(screens.menuItems())
                .as("menu labels name the screen; sections are hints beside them, never '(108.12)' or '(seed 001)'")
                .isNotEmpty()
                .noneMatch(label -> label.matches(".*\\((seed|\\d).*"));
        List<String> pages = new ArrayList<>();
        pages.add("index.xhtml");
        for (WebElement link : screens.driver().findElements(By.cssSelector("#main-menu a.tryon-menu-item"))) {
            // the application is at the root of its server: the page is the path after the host
            pages.add(link.getAttribute("href").replaceFirst("^https?://[^/]+/", ""));
        }
        if (details != null) {
            pages.addAll(List.of(details.split(" ")));
        }
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String page : pages) {
            if (!CHECKED.add(page)) {
                continue;
            }
            screens.open(page);
            List<String> violations = Accessibility.seriousViolations(screens.driver());
            if (!violations.isEmpty()) {
                found.put(page, violations);
            }
        }
        assertThat(found).as("serious or critical axe-core violations by page").isEmpty();
    }

    @Test
    @DisplayName("The sign-in, the skip link and the menu work from the keyboard alone")
    void keyboardOnly() {
        var driver = screens.driver();
        Actions keys = new Actions(driver);
        driver.findElement(By.id("login:username")).click();
        keys.sendKeys("tech")
                .sendKeys(Keys.TAB)
                .sendKeys("tech-demo")
                .sendKeys(Keys.ENTER)
                .perform();
        screens.waitFor(By.id("page-title"));
        // the first Tab reaches the skip link; Enter moves the focus to the content
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getAttribute("textContent")).contains("Skip to content");
        skip.sendKeys(Keys.ENTER);
        assertThat(driver.getCurrentUrl()).endsWith("#content");
        // a menu item is reached by Tab and opened by Enter
        WebElement permits = driver.findElement(By.cssSelector("#main-menu a[href$='permitting/permits.xhtml']"));
        permits.sendKeys(Keys.ENTER);
        screens.waitForText("Permits");
        assertThat(driver.getCurrentUrl()).contains("permitting/permits.xhtml");
    }

    @Test
    @DisplayName(
            "On a tablet (800 px) the menu folds behind the Menu button and opens over the page; targets are 44 px")
    void tabletMenu() {
        var driver = screens.driver();
        var size = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(800, 1100));
            screens.signIn("inspector", "inspector-demo");
            WebElement menu = driver.findElement(By.id("main-menu"));
            WebElement toggle = driver.findElement(By.id("menu-toggle"));
            assertThat(menu.isDisplayed()).as("menu folded").isFalse();
            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(toggle.getSize().getHeight()).isGreaterThanOrEqualTo(44);
            toggle.click();
            assertThat(menu.isDisplayed()).as("menu open").isTrue();
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            WebElement dayList = driver.findElement(By.cssSelector("#main-menu a[href$='inspections/day.xhtml']"));
            assertThat(dayList.getSize().getHeight()).isGreaterThanOrEqualTo(44);
            dayList.click();
            screens.waitForText("Day list");
            assertThat(driver.findElement(By.id("main-menu")).isDisplayed()).isFalse();
            assertThat(Accessibility.seriousViolations(driver)).isEmpty();
        } finally {
            driver.manage().window().setSize(size);
        }
    }
}
