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

    /** An amount as the screens show it: {@code $1,776.00}. */
    static String money(java.math.BigDecimal amount) {
        return String.format(java.util.Locale.US, "$%,.2f", amount);
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

    // ---- plain words and US dates (issue 17): what the main content shows, read as people read it

    /**
     * The text the content area ({@code main}) shows: every visible text node and the labels of visible lists, as
     * written in the page (not upper-cased by CSS). Messages are left out: their words are the beans' (and checked
     * where they are made).
     */
    String shownText() {
        return (String) ((JavascriptExecutor) driver)
                .executeScript("var root = document.querySelector('main') || document.body, out = [];"
                        + "var w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
                        + "while (w.nextNode()) { var n = w.currentNode, p = n.parentElement;"
                        + "  if (!p || p.closest('script,style,noscript,.ui-messages,.ui-message,.ui-growl')) continue;"
                        + "  var box = p.closest('select') || p;"
                        + "  if (box.getClientRects().length === 0 && !p.closest('.ui-helper-hidden-accessible')) continue;"
                        + "  out.push(n.nodeValue); }"
                        + "return out.join(' ').replace(/\\s+/g, ' ');");
    }

    private static final java.util.regex.Pattern ISO_DAY =
            java.util.regex.Pattern.compile("(?<![\\w-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");
    private static final java.util.regex.Pattern US_DAY =
            java.util.regex.Pattern.compile("(?<![\\w/])(0[1-9]|1[0-2])/(0[1-9]|[12]\\d|3[01])/\\d{4}(?![\\w/])");
    /**
     * A code where words belong: a code with underscores ({@code IN_PROGRESS}), a certificate type's code ({@code
     * HOMEOWNER-ELECTRICAL}), or a status, kind or vote as the database keeps it ({@code SCHEDULED}, {@code AYE}). A
     * reference such as {@code EX-PN3B7UMQ7V} or an acronym such as BDC, TAB, PIN, ASHRAE is no code.
     */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("(?<![\\w-])(?:"
            + "[A-Z]{2,}(?:_[A-Z0-9]+)+|[A-Z]{4,}(?:-[A-Z]{4,})+"
            + "|SCHEDULED|ADJOURNED|CANCELLED|REGULAR|SPECIAL|EMERGENCY|SUBMITTED|ELIGIBLE|INELIGIBLE|WITHDRAWN|LAPSED"
            + "|CONFIRMED|PENDING|VERIFIED|REJECTED|RECEIVED|REVIEWED|FORWARDED|APPOINTED|CARRIED|FAILED|PASSED|ISSUED"
            + "|APPLIED|APPROVED|DRAFT|INVALIDATED|ABSTAIN|AYE|NAY|PASS|FAIL|OPEN|PUBLIC|PAPER|CHECK|CASH|CARD"
            + ")(?![\\w-])");

    /** The pattern's matches in {@code text}, each with a little of what is around it. */
    private static List<String> found(java.util.regex.Pattern pattern, String text) {
        List<String> hits = new java.util.ArrayList<>();
        java.util.regex.Matcher m = pattern.matcher(text);
        while (m.find()) {
            hits.add("'" + m.group() + "' in '..."
                    + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)) + "...'");
        }
        return hits;
    }

    /** The content shows no day as ISO (yyyy-mm-dd): days are MM/DD/YYYY (ADR 0052). */
    void assertNoIsoDates() {
        List<String> iso = found(ISO_DAY, shownText());
        if (!iso.isEmpty()) {
            throw new AssertionError(title() + ": days shown as ISO instead of MM/DD/YYYY: " + iso);
        }
    }

    /** The content shows no status or kind as a code in capitals: words only (ADR 0052). */
    void assertNoCodes() {
        List<String> codes = found(CODE, shownText());
        if (!codes.isEmpty()) {
            throw new AssertionError(title() + ": codes shown where words belong: " + codes);
        }
    }

    /** Plain words and US dates on the screen now shown: {@link #assertNoIsoDates} and {@link #assertNoCodes}. */
    void assertPlain() {
        assertNoIsoDates();
        assertNoCodes();
    }

    /** The days the content shows as MM/DD/YYYY. */
    List<java.time.LocalDate> usDaysShown() {
        java.util.regex.Matcher m = US_DAY.matcher(shownText());
        List<java.time.LocalDate> days = new java.util.ArrayList<>();
        while (m.find()) {
            days.add(java.time.LocalDate.parse(m.group(), java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        }
        return days;
    }

    // ---- the keyboard alone (issue 17 item 7): Tab to a control, keys to use it; never a click

    /** What has the focus now: its id, or its tag and text when it has none. */
    String focused() {
        return (String) ((JavascriptExecutor) driver)
                .executeScript("var a = document.activeElement; return a == null ? '' : (a.id || a.tagName + ' '"
                        + " + (a.textContent || '').trim().substring(0, 40));");
    }

    /**
     * Presses Tab until the focus is on {@code css}, at most {@code max} times; fails naming the control that could not be reached.
     */
    void tabTo(String css, int max) {
        String reached = "var a = document.activeElement; return a != null && a.matches(arguments[0]);";
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(driver);
        for (int i = 0; i <= max; i++) {
            if (Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(reached, css))) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError(css + " is not reached by Tab in " + max + " presses (last focus: " + focused() + ")");
    }

    /**
     * Presses Tab until the focus is on the control {@code id} or the element of a PrimeFaces widget that takes the keys:
     * {@code _input} (a number, a check box), {@code _focus} (an editable list), {@code _label} (a select-one menu).
     */
    void tabToId(String id) {
        tabTo("[id='" + id + "'], [id='" + id + "_input'], [id='" + id + "_focus'], [id='" + id + "_label']", 250);
    }

    /** Keys typed into whatever has the focus. */
    void keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Tab to a text field and type into it. */
    void typeByKeys(String id, String text) {
        tabToId(id);
        new org.openqa.selenium.interactions.Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys(Keys.DELETE)
                .sendKeys(text)
                .perform();
    }

    /** Enter on what has the focus (a link followed, a button pressed). */
    void enter() {
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    }

    /** Tab to a button or link and press Enter. */
    void pressByKeys(String id) {
        tabToId(id);
        enter();
    }

    /**
     * Tab to a list (a plain select or a PrimeFaces select-one menu) and press the down arrow until the option whose
     * label contains {@code label} is chosen, at most {@code max} times.
     */
    void chooseByKeys(String id, String label, int max) {
        tabToId(id);
        String chosen = "var s = document.getElementById(arguments[0]);"
                + "var l = document.getElementById(arguments[0] + '_label');"
                + "if (l) return l.textContent;"
                + "return s && s.selectedIndex >= 0 ? s.options[s.selectedIndex].text : '';";
        for (int i = 0; i <= max; i++) {
            String now = String.valueOf(((JavascriptExecutor) driver).executeScript(chosen, id));
            if (now.contains(label)) {
                return;
            }
            keys(Keys.ARROW_DOWN);
        }
        throw new AssertionError(id + ": no option '" + label + "' reached by the down arrow in " + max + " presses");
    }
}
