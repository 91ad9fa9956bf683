package org.tryon.systemtest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's /usr/bin/chromium and /usr/bin/chromedriver: Selenium Manager is never asked to
 * download anything) pointed at the {@link SystemUnderTest}. Close it (try-with-resources).
 *
 * <pre>
 * try (Browser browser = Browser.open()) {
 *     browser.go("login.xhtml");
 *     browser.driver().findElement(By.id("login:username")).sendKeys("...");
 * }
 * </pre>
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("tryon.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("tryon.chromedriver", "/usr/bin/chromedriver");

    static {
        // belt and braces: with both paths given Selenium does not run Selenium Manager at all
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    }

    private final SystemUnderTest system;
    private final WebDriver driver;
    private final Path userDataDir;
    private final Path downloads;

    private Browser(SystemUnderTest system) {
        this.system = system;
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Headless Chromium needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install -y chromium chromium-driver");
        }
        Path base = Path.of(System.getProperty("tryon.browserDir", "target/browser"))
                .toAbsolutePath();
        try {
            Files.createDirectories(base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.userDataDir = base.resolve("profile-" + UUID.randomUUID());
        this.downloads = base.resolve("downloads-" + UUID.randomUUID());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // files the pages export (lists to CSV and Excel) land in downloads(), without asking
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false,
                        "download.directory_upgrade",
                        true,
                        "safebrowsing.enabled",
                        false));
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
                "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** A new browser (own profile: no cookies) for the running system (started if needed). */
    public static Browser open() {
        return new Browser(SystemUnderTest.get());
    }

    /** A new browser (own profile: no cookies) for another running system (a cluster of a test's own). */
    public static Browser open(SystemUnderTest system) {
        return new Browser(system);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Where the browser saves downloaded files (created on the first download). */
    public Path downloads() {
        return downloads;
    }

    /**
     * Waits until a download whose name ends with {@code suffix} is complete (Chromium writes a
     * {@code .crdownload} file first) and returns it.
     */
    public Path awaitDownload(String suffix, int seconds) {
        return waitUpTo(seconds).until(d -> {
            if (!Files.isDirectory(downloads)) {
                return null;
            }
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Opens a page of the system ("login.xhtml", "/permits.xhtml?id=3"). */
    public Browser go(String path) {
        driver.get(system.url(path));
        return this;
    }

    /** A wait for conditions ({@code browser.waitUpTo(10).until(ExpectedConditions...)}). */
    public WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** Saves a screenshot as target/screenshots/NAME.png and returns its path. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("tryon.screenshotDir", "target/screenshots"))
                    .toAbsolutePath();
            Files.createDirectories(dir);
            Path target = dir.resolve(name.endsWith(".png") ? name : name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            for (Path dir : java.util.List.of(userDataDir, downloads)) {
                try {
                    SystemUnderTest.deleteRecursively(dir);
                } catch (IllegalStateException e) {
                    // a profile or download left behind in target/ is harmless
                }
            }
        }
    }
}
