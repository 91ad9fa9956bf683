package org.tryon.systemtest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * What a browser test class has in common: one headless Chromium for the class, each test starting signed out, and a
 * screenshot in target/screenshots of a test that failed, named after it. The system tests run one class at a time.
 */
abstract class ScreenTest {

    static Browser browser;
    static Screens screens;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            // a file name has at most 255 bytes: the display names that cite sections are longer
            String name = (context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName())
                    .replaceAll("[^A-Za-z0-9]+", "-");
            browser.screenshot("failed-" + name);
        }
    };

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
        screens = new Screens(browser);
    }

    @BeforeEach
    void startSignedOut() {
        screens.signedOut();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }
}
