package org.tryon.benchmark.hotpaths;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How long the screens take in a real browser: Debian's headless Chromium ({@code /usr/bin/chromium} driven through
 * {@code /usr/bin/chromedriver}; Selenium Manager is never asked to download anything), signed in through the
 * application's login page as a user does, loads each page and reads the page's navigation timing
 * ({@code performance.getEntriesByType('navigation')[0]}: response end, DOMContentLoaded end, load event end, each
 * from the navigation's start).
 *
 * <p>The first load of each page is a warm-up (the JSF views compile, the browser caches the scripts and styles) and
 * is not counted; then each page is loaded {@code repetitions} times. The percentiles are those of the load event's
 * end (nearest rank, as the REST benchmarks count them).
 *
 * <p>The browser flags are those of the system tests' browser (modules/system-tests, {@code Browser}); the benchmark
 * does not depend on the test module, so they are repeated here.
 */
public final class PageTimings {

    /**
     * One page's timings: {@code count} loads counted; p50, p95 and max of the load event's end; the medians of the
     * response's end, DOMContentLoaded's end and the load event's end; all in milliseconds from the navigation's start.
     */
    public record Timing(
            String page,
            String path,
            int count,
            double p50Millis,
            double p95Millis,
            double maxMillis,
            double responseEndMillis,
            double domContentLoadedMillis,
            double loadEventMillis) {}

    /** One load's navigation timing in milliseconds from the navigation's start. */
    record Sample(double responseEnd, double domContentLoaded, double loadEvent) {}

    static final String CHROMIUM = System.getProperty("tryon.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("tryon.chromedriver", "/usr/bin/chromedriver");

    private static final String NAVIGATION_TIMING = """
            const n = performance.getEntriesByType('navigation')[0];
            if (!n || !(n.loadEventEnd > 0)) { return null; }
            return [n.responseEnd - n.startTime, n.domContentLoadedEventEnd - n.startTime,
                    n.loadEventEnd - n.startTime, n.responseStatus === undefined ? 0 : n.responseStatus];
            """;

    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(120);

    /**
     * Selenium warns on every start that its DevTools bindings are older than Debian's Chromium; the timings use no
     * DevTools, so the warning is kept out of the benchmark's output (a strong reference: loggers are held weakly).
     */
    private static final Logger CDP_VERSION_LOGGER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOGGER.setLevel(Level.SEVERE);
    }

    private PageTimings() {}

    /** Signs in as user in headless Chromium, loads each page (name -> path under baseUrl) `repetitions` times. */
    public static List<Timing> measure(
            String baseUrl, String user, String password, Map<String, String> pages, int repetitions) {
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1, was " + repetitions);
        }
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        Path profile = null;
        WebDriver driver = null;
        try {
            profile = Files.createTempDirectory("tryon-hotpaths-chromium-");
            driver = open(profile);
            signIn(driver, base, user, password);
            List<Timing> timings = new ArrayList<>();
            for (Map.Entry<String, String> page : pages.entrySet()) {
                String url = base + stripSlash(page.getValue());
                load(driver, page.getKey(), url); // warm-up, not counted
                List<Sample> samples = new ArrayList<>();
                for (int i = 0; i < repetitions; i++) {
                    samples.add(load(driver, page.getKey(), url));
                }
                timings.add(summarise(page.getKey(), page.getValue(), samples));
            }
            return timings;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a browser profile: " + e.getMessage(), e);
        } finally {
            try {
                if (driver != null) {
                    driver.quit();
                }
            } finally {
                deleteQuietly(profile);
            }
        }
    }

    private static WebDriver open(Path profile) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Headless Chromium needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install -y chromium chromium-driver");
        }
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_TIMEOUT);
        return driver;
    }

    /** The application's login page, as the screens' users sign in; answers when a signed-in page shows. */
    private static void signIn(WebDriver driver, String base, String user, String password) {
        driver.get(base + "login.xhtml");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        name.clear();
        name.sendKeys(user);
        WebElement secret = driver.findElement(By.id("login:password"));
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new IllegalStateException("Signing in as " + user + " did not lead to a page (wrong password?)", e);
        }
    }

    /** Loads one page and answers its navigation timing; refuses an error answer or a page that is not a screen. */
    private static Sample load(WebDriver driver, String page, String url) {
        driver.get(url);
        Object value = new WebDriverWait(driver, PAGE_TIMEOUT)
                .until(d -> ((JavascriptExecutor) d).executeScript(NAVIGATION_TIMING));
        List<?> numbers = (List<?>) value;
        int status = ((Number) numbers.get(3)).intValue();
        if (status >= 400) {
            throw new IllegalStateException("The page " + page + " (" + url + ") answered HTTP " + status);
        }
        String current = driver.getCurrentUrl();
        if (current != null && current.contains("login.xhtml")) {
            throw new IllegalStateException(
                    "The page " + page + " (" + url + ") led to the login page: the user may not see it");
        }
        if (driver.findElements(By.id("page-title")).isEmpty()) {
            throw new IllegalStateException(
                    "The page " + page + " (" + url + ") shows no screen (no page-title): " + driver.getTitle());
        }
        return new Sample(millis(numbers.get(0)), millis(numbers.get(1)), millis(numbers.get(2)));
    }

    /** A navigation timing value rounded to the browser's resolution (0.1 ms; the doubles carry float noise). */
    static double millis(Object value) {
        return Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }

    /** The timing of one page from its counted loads. */
    static Timing summarise(String page, String path, List<Sample> samples) {
        double[] load = samples.stream().mapToDouble(Sample::loadEvent).toArray();
        return new Timing(
                page,
                path,
                samples.size(),
                percentile(load, 50),
                percentile(load, 95),
                Arrays.stream(load).max().orElse(0),
                percentile(samples.stream().mapToDouble(Sample::responseEnd).toArray(), 50),
                percentile(
                        samples.stream().mapToDouble(Sample::domContentLoaded).toArray(), 50),
                percentile(load, 50));
    }

    /** The value at {@code percent} by nearest rank (the ceil(p/100 * n)-th smallest); 0 of nothing. */
    static double percentile(double[] values, double percent) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a profile left in the temporary directory is harmless
        }
    }
}
