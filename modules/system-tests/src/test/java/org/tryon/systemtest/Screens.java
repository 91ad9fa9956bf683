package org.tryon.systemtest;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a user does on Tryon's screens, in the words of the screens: sign in, choose from a menu, fill a field. */
final class Screens {

    private final Browser browser;
    private final WebDriver driver;

    Screens(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    /** A day as the screens show it (ADR 0052): {@code 12/08/2026}. */
    static String us(java.time.LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"));
    }

    WebDriver driver() {
        return driver;
    }

    /** Starts from nothing: no session, the login page. */
    Screens signedOut() {
        driver.manage().deleteAllCookies();
        browser.go("login.xhtml");
        waitFor(By.id("login:username"));
        return this;
    }

    Screens signIn(String user, String password) {
        signedOut();
        type("login:username", user);
        type("login:password", password);
        click("login:submit");
        waitFor(By.id("page-title"));
        return this;
    }

    void signOut() {
        click("logout");
        waitFor(By.id("login:username"));
    }

    Screens open(String path) {
        browser.go(path);
        waitFor(By.id("page-title"));
        return this;
    }

    String title() {
        return driver.findElement(By.id("page-title")).getText();
    }

    List<String> menuSections() {
        // textContent, not getText(): the menu's titles are upper-cased by CSS
        return driver.findElements(By.cssSelector("#main-menu .tryon-menu-title")).stream()
                .map(e -> e.getAttribute("textContent").trim())
                .toList();
    }

    List<String> menuItems() {
        return driver.findElements(By.cssSelector("#main-menu .tryon-menu-item .tryon-menu-label")).stream()
                .map(e -> e.getAttribute("textContent").trim())
                .toList();
    }

    void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        if (!field.getAttribute("value").isEmpty()) {
            // a number field may put its value back on clear(): select all of it and delete it
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
        field.sendKeys(text);
    }

    /** A PrimeFaces number field: its visible input is {@code <id>_input}. */
    void typeNumber(String id, String text) {
        type(id + "_input", text);
    }

    /**
     * A PrimeFaces date picker: put the day into its input as the screens show days (MM/DD/YYYY, ADR 0052; an ISO day
     * given is turned into that form) and close its panel. The text goes in at once with an input event, as a paste
     * does: typed key by key, the picker reads each partial text ("12/3") as a day and rewrites the field under the
     * keys. Type it last before submitting: while its panel closes it takes the keys meant for the next field.
     */
    void typeDate(String id, String day) {
        WebElement field = waitFor(By.id(id + "_input"));
        // not clear(): the picker takes it for "no day" and puts that back when its panel closes, over the day typed
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        String shown = day.matches("\\d{4}-\\d{2}-\\d{2}") ? us(java.time.LocalDate.parse(day)) : day;
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                        field,
                        shown);
        List<WebElement> title = driver.findElements(By.id("page-title"));
        if (title.isEmpty()) {
            field.sendKeys(Keys.ESCAPE);
        } else {
            title.get(0).click();
        }
        wait(5).until(d ->
                !d.findElement(By.id(id + "_input")).getAttribute("value").isEmpty());
    }

    /** A PrimeFaces date picker that already shows a date (clear() leaves it in place): empty it, then {@link #typeDate}. */
    void retypeDate(String id, String isoDay) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = ''", id + "_input");
        typeDate(id, isoDay);
    }

    /** A PrimeFaces check box: tick it (once it is ticked, leave it), retrying while an ajax update replaces it. */
    void tick(String id) {
        By box = By.cssSelector("#" + id.replace(":", "\\:") + " .ui-chkbox-box");
        String checked = "var i = document.getElementById(arguments[0] + '_input'); return i != null && i.checked;";
        wait(10).until(d -> {
            if (Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(checked, id))) {
                return true;
            }
            try {
                d.findElement(box).click();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // replaced by an ajax update: look again
            }
            return false;
        });
    }

    /** A PrimeFaces many-check box: tick the option whose value is {@code value} (once it is ticked, leave it). */
    void tickOption(String id, String value) {
        String tick =
                "var i = document.querySelector(\"input[name='\" + arguments[0] + \"'][value='\" + arguments[1] + \"']\");"
                        + " if (i == null) { return false; } if (!i.checked) { i.closest('.ui-chkbox').querySelector('.ui-chkbox-box').click(); }"
                        + " return i.checked;";
        wait(10).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(tick, id, value)));
    }

    /**
     * Follows a link the way the signed-in user's browser does (with the session) and answers its HTTP status, its
     * content type and its body, each byte as one character (so "%PDF-" reads as it is in a PDF).
     */
    List<String> download(String href) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        List<?> answer = (List<?>) ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => {"
                                + "  var bytes = new Uint8Array(b), text = '';"
                                + "  for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }"
                                + "  done([String(r.status), r.headers.get('Content-Type') || '', text]); }))"
                                + ".catch(e => done(['0', '', String(e)]));",
                        href);
        return answer.stream().map(String::valueOf).toList();
    }

    /** A PrimeFaces wizard: the next step. */
    void next() {
        WebElement next =
                wait(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-wizard-nav-next")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", next);
        next.click();
    }

    void click(String id) {
        // an Ajax update may replace the element between finding and clicking it: find it again once
        for (int attempt = 1; ; attempt++) {
            WebElement element = wait(10).until(ExpectedConditions.elementToBeClickable(By.id(id)));
            try {
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
                element.click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** Confirms a PrimeFaces confirmation dialog. */
    void confirm() {
        WebElement yes =
                wait(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        wait(5).until(d ->
                "1".equals(d.findElement(By.cssSelector(".ui-confirm-dialog")).getCssValue("opacity")));
        yes.click();
    }

    /** A PrimeFaces select-one menu: open it and click the item whose label contains {@code label}. */
    void choose(String id, String label) {
        By item = By.xpath("//div[@id='" + id + "_panel']//li[contains(@data-label, \"" + label + "\")]");
        for (int attempt = 1; ; attempt++) {
            click(id);
            WebElement li = wait(10).until(ExpectedConditions.elementToBeClickable(item));
            // the panel fades in; a click during the animation is lost
            wait(5).until(d -> "1".equals(d.findElement(By.id(id + "_panel")).getCssValue("opacity")));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'nearest'})", li);
            li.click();
            try {
                wait(3).until(d -> d.findElement(By.id(id + "_label")).getText().contains(label));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** A tab of a PrimeFaces tab view: click its header, wait until its panel shows. */
    void tab(String title) {
        By header = By.xpath("//ul[@role='tablist']//a[normalize-space(.)='" + title + "']");
        WebElement link = wait(10).until(ExpectedConditions.elementToBeClickable(header));
        link.click();
        wait(10).until(d -> {
            WebElement li = d.findElement(header).findElement(By.xpath("./ancestor::li[1]"));
            return "true".equals(li.getAttribute("aria-selected"))
                    || String.valueOf(li.getAttribute("class")).contains("ui-state-active");
        });
    }

    /** A plain select (h:selectOneMenu): choose the option whose value is {@code value}. */
    void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(waitFor(By.id(id))).selectByValue(value);
    }

    /** Waits for an ajax update to show {@code text} somewhere on the page. */
    void waitForText(String text) {
        wait(20).until(d -> d.getPageSource().contains(text));
    }

    /** The visible text of an element; read again when an ajax update replaced the element under the reading. */
    String text(String id) {
        waitFor(By.id(id));
        return wait(20).until(d -> d.findElement(By.id(id)).getText());
    }

    WebElement waitFor(By by) {
        return wait(20).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits, reading again when an ajax update replaced the element being read. */
    WebDriverWait wait(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }
}
