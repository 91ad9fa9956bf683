package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * The department's requirements, "Screens and API": "search by permit number, address, PIN, contractor. Lists are lazy,
 * filterable and exportable to CSV and Excel. Every action is also in the REST API."
 *
 * <p>One house on its own parcel carries 21 electrical permits by one firm and one plumbing permit
 * by another: more than a page of the permits screen (20 rows), so an export that held only the
 * page would show.
 */
class ListsIT {

    static final int ELECTRICAL_PERMITS = 21;

    static SystemUnderTest system;
    static Browser browser;
    static Screens screens;
    static String street;
    static String pin;
    static String electrician;
    static String electricalLicense;
    static String plumbingLicense;
    static String plumbingNumber;
    static final List<String> electricalNumbers = new ArrayList<>();

    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestWatcher screenshotOnFailure =
            new org.junit.jupiter.api.extension.TestWatcher() {
                @Override
                public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
                    browser.screenshot(
                            "failed-lists-" + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "-"));
                }
            };

    @BeforeAll
    static void permitsOnOneParcel() {
        system = SystemUnderTest.get();
        String u = Applications.unique();
        street = u + " Lazy List Ave";
        pin = u.substring(0, 3) + "-" + u.substring(3, 6) + "-"
                + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
        electricalLicense = "EL-" + u;
        plumbingLicense = "PL-" + u;
        electrician = "Listwise Electric " + u;
        long electric = Applications.contractor(system, electrician, electricalLicense, "ELECTRICAL");
        long plumber = Applications.contractor(system, "Listwise Plumbing " + u, plumbingLicense, "PLUMBING");
        long house = Applications.approvedHouse(system, street, pin);
        for (int i = 0; i < ELECTRICAL_PERMITS; i++) {
            electricalNumbers.add(
                    number(Applications.apply(system, house, "ELECTRICAL", electric, "Circuit " + i, 1000 + i)));
        }
        plumbingNumber = number(Applications.apply(system, house, "PLUMBING", plumber, "Water heater", 1500));
        browser = Browser.open();
        screens = new Screens(browser);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String number(long permitId) {
        return system.get("api/v1/permits/" + permitId, "tech", "tech-demo")
                .json()
                .getString("number");
    }

    private static HttpResult search(String query) {
        return system.get("api/v1/permits/search?" + query, "tech", "tech-demo");
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> numbers(HttpResult page) {
        return page.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("number"))
                .toList();
    }

    @Test
    @DisplayName(
            "API: GET /permits/search finds permits by number, address, PIN (with or without dashes), contractor name and license number")
    void restSearchByEachCriterion() {
        String one = electricalNumbers.get(3);
        assertThat(numbers(search("number=" + encoded(one)))).containsExactly(one);
        assertThat(numbers(search("q=" + encoded(one)))).containsExactly(one);

        HttpResult byAddress = search("address=" + encoded(street));
        assertThat(byAddress.status()).isEqualTo(200);
        assertThat(byAddress.json().getInt("total")).isEqualTo(ELECTRICAL_PERMITS + 1);
        assertThat(search("q=" + encoded(street.toUpperCase())).json().getInt("total"))
                .isEqualTo(ELECTRICAL_PERMITS + 1);

        assertThat(search("pin=" + encoded(pin)).json().getInt("total")).isEqualTo(ELECTRICAL_PERMITS + 1);
        assertThat(search("q=" + pin.replace("-", "")).json().getInt("total")).isEqualTo(ELECTRICAL_PERMITS + 1);
        assertThat(search("pin=" + pin)
                        .json()
                        .getJsonArray("rows")
                        .getJsonObject(0)
                        .getString("projectPin"))
                .isEqualTo(pin);

        assertThat(search("contractor=" + encoded(electrician.toLowerCase()))
                        .json()
                        .getInt("total"))
                .isEqualTo(ELECTRICAL_PERMITS);
        assertThat(numbers(search("contractor=" + encoded(plumbingLicense)))).containsExactly(plumbingNumber);
        assertThat(numbers(search("q=" + encoded(plumbingLicense)))).containsExactly(plumbingNumber);
    }

    @Test
    @DisplayName(
            "API: status and trade filters, pages with the total count; GET /permits stays a plain list with X-Total-Count")
    void restFiltersAndPages() {
        String parcel = "pin=" + encoded(pin);
        assertThat(numbers(search(parcel + "&trade=PLUMBING"))).containsExactly(plumbingNumber);
        assertThat(search(parcel + "&trade=electrical&status=APPLIED").json().getInt("total"))
                .isEqualTo(ELECTRICAL_PERMITS);
        assertThat(search(parcel + "&status=ISSUED").json().getInt("total")).isZero();

        JsonObject first = search(parcel + "&size=10").json();
        JsonObject third = search(parcel + "&size=10&page=3").json();
        assertThat(first.getInt("total")).isEqualTo(ELECTRICAL_PERMITS + 1);
        assertThat(first.getInt("page")).isEqualTo(1);
        assertThat(numbers(search(parcel + "&size=10")).get(0))
                .as("newest first")
                .isEqualTo(plumbingNumber);
        assertThat(third.getInt("page")).isEqualTo(3);
        assertThat(third.getJsonArray("rows")).hasSize(2);
        assertThat(numbers(search(parcel + "&size=10&page=3")))
                .containsExactly(electricalNumbers.get(1), electricalNumbers.get(0));
        assertThat(numbers(search(parcel + "&sort=number&size=1"))).containsExactly(electricalNumbers.get(0));

        HttpResult plain = system.get("api/v1/permits?" + parcel, "tech", "tech-demo");
        assertThat(plain.jsonArray()).hasSize(ELECTRICAL_PERMITS + 1);
        assertThat(plain.header("X-Total-Count")).hasValue(String.valueOf(ELECTRICAL_PERMITS + 1));
        assertThat(system.get("api/v1/permits", "tech", "tech-demo").jsonArray())
                .isNotEmpty();
    }

    @Test
    @DisplayName(
            "API: GET /contractors is one page of firms by name (500 at most), filtered by name or license in the database, "
                    + "with X-Total-Count; a bad page or size is 400 naming it")
    void restContractorsArePaged() {
        HttpResult byLicense =
                system.get("api/v1/contractors?license=" + encoded(electricalLicense), "tech", "tech-demo");
        assertThat(byLicense.status()).as(byLicense.toString()).isEqualTo(200);
        assertThat(byLicense.jsonArray()).hasSize(1);
        assertThat(byLicense.jsonArray().getJsonObject(0).getString("name")).isEqualTo(electrician);
        assertThat(byLicense.header("X-Total-Count")).hasValue("1");

        assertThat(system.get("api/v1/contractors?name=" + encoded("Listwise"), "tech", "tech-demo")
                        .header("X-Total-Count")
                        .map(Integer::parseInt)
                        .orElseThrow())
                .isGreaterThanOrEqualTo(2);
        HttpResult one = system.get("api/v1/contractors?size=1&page=2", "tech", "tech-demo");
        assertThat(one.jsonArray()).hasSize(1);
        assertThat(Integer.parseInt(one.header("X-Total-Count").orElseThrow())).isGreaterThanOrEqualTo(2);
        for (String bad : List.of("size=501", "size=0", "page=two")) {
            HttpResult refused = system.get("api/v1/contractors?" + bad, "tech", "tech-demo");
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
    }

    @ParameterizedTest(name = "API: {0}={1} is 400 problem+json naming {2}")
    @CsvSource({
        "page,two,page",
        "page,0,page",
        "size,501,size",
        "status,LOST,status",
        "trade,ROOFING,trade",
        "sort,password,sort"
    })
    void badParametersAreRefused(String parameter, String value, String field) {
        for (String path : List.of("api/v1/permits/search?", "api/v1/permits/search.csv?", "api/v1/permits?")) {
            HttpResult refused = system.get(path + parameter + "=" + value, "tech", "tech-demo");
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo(field);
        }
    }

    @Test
    @DisplayName("API: GET /permits/search.csv exports every permit the search finds, not a page")
    void restCsvExport() {
        HttpResult csv = system.get("api/v1/permits/search.csv?pin=" + encoded(pin) + "&size=5", "tech", "tech-demo");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("Number,Trade,Status,Project,PIN,Address");
        assertThat(lines).hasSize(ELECTRICAL_PERMITS + 2);
        assertThat(lines.get(1))
                .startsWith(plumbingNumber + ",PLUMBING,APPLIED,")
                .contains(pin, street);
        assertThat(csv.body())
                .contains(electricalNumbers.get(0), electricalNumbers.get(ELECTRICAL_PERMITS - 1), electrician);
    }

    @Test
    @DisplayName(
            "Screens: the permits list filters per column, finds the permits of a PIN, and exports all of them (more than a page) to CSV and Excel")
    void permitsScreenSearchesFiltersAndExports() throws Exception {
        screens.signIn("tech", "tech-demo");
        screens.driver().findElement(By.linkText("Permits and search")).click();
        screens.waitFor(By.id("list:search"));

        // a column filter: the permit number
        String one = electricalNumbers.get(7);
        screens.type("list:permits:number:filter", one);
        screens.wait(20).until(d -> rows().size() == 1 && rows().get(0).contains(one));
        screens.waitFor(By.id("list:permits:number:filter"))
                .sendKeys(
                        org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                        org.openqa.selenium.Keys.BACK_SPACE);
        screens.wait(20).until(d -> rows().size() == 20);

        // the search box: every permit on the parcel, newest first, 20 to a page
        screens.type("list:search", pin.replace("-", ""));
        screens.click("list:go");
        screens.wait(20)
                .until(d -> rows().size() == 20
                        && rows().get(0).contains(plumbingNumber)
                        && rows().stream().allMatch(r -> r.contains(pin)));

        // and a choice filter on top of it
        screens.choose("list:permits:tradeFilter", "Plumbing");
        screens.wait(20).until(d -> rows().size() == 1 && rows().get(0).contains(plumbingNumber));
        screens.choose("list:permits:tradeFilter", "Any trade");
        screens.wait(20).until(d -> rows().size() == 20);

        screens.click("list:exportCsv");
        Path csv = browser.awaitDownload("permits.csv", 30);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("Number", "Trade", "Status", "PIN");
        assertThat(lines)
                .as("the header and every filtered row, not the page of 20")
                .hasSize(ELECTRICAL_PERMITS + 2);
        assertThat(String.join("\n", lines))
                .contains(plumbingNumber, electricalNumbers.get(0), electricalNumbers.get(ELECTRICAL_PERMITS - 1));

        screens.click("list:exportXlsx");
        Path xlsx = browser.awaitDownload("permits.xlsx", 30);
        try (InputStream in = Files.newInputStream(xlsx);
                Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> numbers = new ArrayList<>();
            for (Row row : sheet) {
                numbers.add(row.getCell(0).getStringCellValue());
            }
            assertThat(numbers.get(0)).isEqualTo("Number");
            assertThat(numbers.subList(1, numbers.size()))
                    .hasSize(ELECTRICAL_PERMITS + 1)
                    .contains(plumbingNumber)
                    .containsAll(electricalNumbers);
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo(pin);
        }
        screens.signOut();
    }

    @Test
    @DisplayName(
            "Screens: the projects list finds a project by its PIN, the contractors list a firm by its license number")
    void projectsAndContractorsScreens() {
        screens.signIn("tech", "tech-demo");
        screens.open("permitting/projects.xhtml");
        screens.type("list:q", pin);
        screens.click("list:go");
        screens.wait(20)
                .until(d -> tableRows("list:projects").size() == 1
                        && tableRows("list:projects").get(0).contains(street));

        screens.open("permitting/contractors.xhtml");
        screens.type("list:contractors:licenses:filter", electricalLicense);
        screens.wait(20)
                .until(d -> tableRows("list:contractors").size() == 1
                        && tableRows("list:contractors").get(0).contains(electrician));
        screens.signOut();
    }

    @Test
    @DisplayName("Screens: the enforcement list (108.12) is lazy, filters by permit number and exports to CSV")
    void enforcementListFiltersAndExports() throws Exception {
        long permitId = Applications.application(system, "Listwise Stop", "BUILDING", "Second-floor addition", 90_000);
        HttpResult issued = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        String permitNumber = issued.json().getString("number");
        HttpResult stop = system.postJson(
                "api/v1/enforcement/permits/" + permitId + "/stop-orders",
                "{\"personDoingWork\":\"Pat Smith\","
                        + "\"address\":\"11 Oak St, Charlotte, NC 28203\",\"workToStop\":\"Framing\",\"reasons\":\"No approved plans (108.12.1)\","
                        + "\"conditionsToResume\":\"Approved plans on site\"}",
                "tca",
                "tca-demo");
        assertThat(stop.status()).as(stop.toString()).isEqualTo(201);
        String reference = stop.json().getString("referenceNumber");

        screens.signIn("director", "director-demo");
        screens.open("permitting/enforcement.xhtml");
        screens.type("enf:actions:permit:filter", permitNumber);
        screens.wait(20)
                .until(d -> tableRows("enf:actions").size() == 1
                        && tableRows("enf:actions").get(0).contains(reference));
        screens.click("enf:exportCsv");
        List<String> lines = Files.readAllLines(browser.awaitDownload("enforcement.csv", 30), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .contains("No.", "Permit / building", "Standing (108.12.7)")
                .doesNotContain("Follow up");
        assertThat(lines.get(1)).contains(reference, permitNumber, "Stop order", "In force");
        screens.signOut();
    }

    private static List<String> rows() {
        return tableRows("list:permits");
    }

    /** The text of each data row of a PrimeFaces table (read anew: an ajax update replaces them). */
    private static List<String> tableRows(String tableId) {
        return screens
                .driver()
                .findElements(By.cssSelector(
                        "#" + tableId.replace(":", "\\:") + "_data > tr:not(.ui-datatable-empty-message)"))
                .stream()
                .map(r -> r.getText())
                .toList();
    }
}
