package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The system starts from nothing and answers: health, the login page, a browser. */
class SmokeIT {

    private final SystemUnderTest system = SystemUnderTest.get();

    @Test
    void healthIsUpWithoutCredentials() {
        HttpResult health = system.get("api/v1/health");

        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.contentType()).startsWith("application/json");
        assertThat(health.json().getString("status")).isEqualTo("UP");
    }

    @Test
    void loginPageHasAForm() {
        HttpResult login = system.get("login.xhtml");

        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.contentType()).startsWith("text/html");
        assertThat(login.body()).contains("<form");
    }

    @Test
    void aBrowserSeesTheLoginForm() {
        try (Browser browser = Browser.open()) {
            browser.go("login.xhtml");

            assertThat(browser.driver().findElements(By.tagName("form"))).isNotEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("input[type=password]")))
                    .isNotEmpty();
            browser.screenshot("smoke-login");
        }
    }
}
