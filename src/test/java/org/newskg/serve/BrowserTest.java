package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does in a browser, in headless Chromium: run a query in the Fuseki console and see
 * a row; fill a saved template's form on /queries and see its table. Debian's chromium and
 * chromium-driver are installed by .ci/run; without them the test is skipped with a message.
 */
class BrowserTest {
    /** How long a page may take on a machine busy with other work: waits end as soon as the element is there. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static TestServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) System.out.println("SKIPPED BrowserTest: needs Debian's chromium and chromium-driver (.ci/run installs them)");
        assumeTrue(present, "skipped: needs Debian's chromium and chromium-driver (.ci/run installs them)");
        server = new TestServer(dir, TestServer.readOnly());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"), "--no-proxy-server",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString())).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void consoleRunsAQueryAndShowsARow() {
        browser.get(server.url("/#/dataset/news/query"));
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?name WHERE { "
                + "?p a <https://w3id.org/newskg/ontology#Person> ; rdfs:label ?name } ORDER BY ?name LIMIT 5";
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", query);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
        WebElement cell = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//td[contains(., 'Arvind Kulkarni')]")));
        assertTrue(cell.isDisplayed());
    }

    @Test
    void aTemplatesLinkOpensItsQueryInTheConsole() {
        browser.get(server.url("/queries?template=meetings-of&person=Coutinho#meetings-of"));
        browser.findElement(By.cssSelector("#meetings-of a.console")).click();
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        String text = (String) ((JavascriptExecutor) browser).executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
        assertTrue(text.contains("renata-coutinho"), "the console shows the bound template: " + text);
    }

    @Test
    void savedQueryFormShowsItsResultTable() {
        browser.get(server.url("/queries"));
        WebElement section = browser.findElement(By.id("meetings-of"));
        WebElement input = section.findElement(By.name("person"));
        input.clear();
        input.sendKeys("Coutinho");
        section.findElement(By.cssSelector("button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#meetings-of table.results")));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertTrue(!rows.isEmpty(), "result rows");
    }

    @Test
    void mapShowsTheLocatedEventsAsMarkersAndAMarkersListLeadsToTheEvent() throws Exception {
        WebDriverWait wait = openScriptedPage("/map", "\\d+ event\\(s\\) at \\d+ place");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("path.leaflet-interactive:not(.event-marker), svg path:not(.event-marker)")));
        List<WebElement> markers = browser.findElements(By.cssSelector("path.event-marker"));
        assertTrue(markers.size() >= 5, "a marker per located place of the samples: " + markers.size());
        screenshot("map");
        markers.get(markers.size() - 1).click(); // drawn last, so on top of any it overlaps
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".leaflet-popup-content ul.events a")));
        link.click();
        wait.until(ExpectedConditions.urlContains("/id/event/"));
    }

    @Test
    void mapFiltersByKind() {
        WebDriverWait wait = openScriptedPage("/map", "^\\d+ event");
        WebElement status = browser.findElement(By.id("status"));
        int all = Integer.parseInt(status.getText().split(" ")[0]);
        new Select(browser.findElement(By.name("kind"))).selectByVisibleText("Meeting");
        browser.findElement(By.cssSelector("#filters button")).click();
        wait.until(d -> !status.getText().startsWith(all + " ") && status.getText().matches("^\\d+ event.*"));
        int meetings = Integer.parseInt(status.getText().split(" ")[0]);
        assertTrue(meetings > 0 && meetings < all, meetings + " meetings of " + all + " events");
        for (WebElement m : browser.findElements(By.cssSelector("path.event-marker"))) {
            assertEquals("#1f6fb4", m.getAttribute("fill"), "every marker is a meeting's colour");
        }
    }

    @Test
    void mapFiltersByALeastNumberOfSourcesAndListsEachEventsSources() {
        WebDriverWait wait = openScriptedPage("/map", "^\\d+ event");
        WebElement status = browser.findElement(By.id("status"));
        int all = Integer.parseInt(status.getText().split(" ")[0]);
        WebElement least = browser.findElement(By.name("minSources"));
        least.clear();
        least.sendKeys("2");
        browser.findElement(By.cssSelector("#filters button")).click();
        wait.until(d -> !status.getText().startsWith(all + " ") && status.getText().matches("^\\d+ event.*"));
        int twice = Integer.parseInt(status.getText().split(" ")[0]);
        assertTrue(twice > 0 && twice < all, twice + " events with two sources or more, of " + all);
        List<WebElement> markers = browser.findElements(By.cssSelector("path.event-marker"));
        markers.get(markers.size() - 1).click();
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content ul.events li")));
        assertTrue(item.getText().matches(".*: ([2-9]|\\d\\d+) source\\(s\\), \\d+ outlet\\(s\\)"), item.getText());
    }

    @Test
    void timelineShowsTheDatedEventsInDateOrderAndAnItemLeadsToItsEvent() throws Exception {
        WebDriverWait wait = openScriptedPage("/timeline", "^\\d+ dated event");
        List<WebElement> items = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".vis-item.vis-box, .vis-item.vis-range")));
        assertTrue(items.size() >= 10, "an item per dated event of the samples: " + items.size());
        screenshot("timeline");
        // Each item starts with its date; left to right is earliest to latest (a box is centred on its
        // date, a span starts at it). Items scrolled out of view have no visible text, so textContent.
        String where = "var r = arguments[0].getBoundingClientRect();"
                + "return [arguments[0].textContent, arguments[0].classList.contains('vis-range') ? r.left : r.left + r.width / 2];";
        List<double[]> dateAndX = new java.util.ArrayList<>();
        for (WebElement item : items) {
            List<?> found = (List<?>) ((JavascriptExecutor) browser).executeScript(where, item);
            String date = found.get(0).toString().trim().substring(0, 10);
            dateAndX.add(new double[] {java.time.LocalDate.parse(date).toEpochDay(), ((Number) found.get(1)).doubleValue()});
        }
        dateAndX.sort(java.util.Comparator.comparingDouble(a -> a[0]));
        for (int i = 1; i < dateAndX.size(); i++) {
            if (dateAndX.get(i)[0] > dateAndX.get(i - 1)[0]) {
                assertTrue(dateAndX.get(i)[1] > dateAndX.get(i - 1)[1], "a later date is right of an earlier one: " + dateAndX.get(i)[0]);
            }
        }
        String span = browser.findElement(By.cssSelector(".vis-item.vis-range")).getAttribute("textContent");
        assertTrue(span.matches(".*\\((week|month|year)\\).*"), "a date known only to its month is a span: " + span);
        items.stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.urlContains("/id/event/"));
    }

    @Test
    void networkShowsNodesAndEdgesAndAClickOnAnEdgeListsItsEventsAndSources() throws Exception {
        WebDriverWait wait = openScriptedPage("/network", "^\\d+ node\\(s\\), \\d+ edge");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long nodes = (Long) js.executeScript("return window.newskgNetwork.nodes().length");
        long edges = (Long) js.executeScript("return window.newskgNetwork.edges().length");
        assertTrue(nodes >= 10 && edges >= 10, nodes + " nodes, " + edges + " edges");
        screenshot("network");
        // A real click where the heaviest edge is drawn: its midpoint, from the canvas' centre.
        List<?> at = (List<?>) js.executeScript("var cy = window.newskgNetwork; var e = cy.edges().max(function (e) { return e.data('events'); }).ele;"
                + "var m = e.renderedMidpoint(); return [m.x - cy.width() / 2, m.y - cy.height() / 2, e.data('events')];");
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(browser.findElement(By.id("network")), ((Number) at.get(0)).intValue(), ((Number) at.get(1)).intValue()).click().perform();
        WebElement panel = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#edge-events ul.events")));
        List<WebElement> listed = panel.findElements(By.tagName("li"));
        assertEquals(((Number) at.get(2)).intValue(), listed.size(), "one line per event of the edge");
        assertTrue(listed.get(0).getText().matches(".*: \\d+ source\\(s\\), \\d+ outlet\\(s\\)"), listed.get(0).getText());
        listed.get(0).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.urlContains("/id/event/"));
    }

    @Test
    void theSearchBoxOnAnyPageFindsAPersonAndItsDossierLinksToEvidenceInItsArticles() throws Exception {
        WebDriverWait wait = submitWords("/map", By.cssSelector("nav form.find input[name=name]"), "Coutinho");
        WebElement person = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//table[@class='results']//a[contains(@href, '/id/person/renata-coutinho')]")));
        person.click();
        wait.until(ExpectedConditions.titleContains("Renata Coutinho"));
        assertTrue(browser.getTitle().startsWith("Renata Coutinho, "), "a person's title is her name and latest role: " + browser.getTitle());
        List<WebElement> parts = browser.findElements(By.cssSelector("table.confidence tr td:first-child"));
        assertEquals(List.of("sources", "outlets", "extraction cues", "conflicting figures"), parts.stream().map(WebElement::getText).toList(),
                "her confidence is shown with its parts");
        screenshot("dossier-person");
        browser.findElement(By.xpath("//table[@class='facts']//th[.='articles']/following-sibling::td/a")).click();
        WebElement marked = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article-text mark.evidence")));
        assertFalse(marked.getText().isBlank());
        screenshot("dossier-article");
        WebElement supported = browser.findElement(By.xpath("//span[@class='supports']/a[contains(@href, '/id/person/renata-coutinho')]"));
        supported.click();
        wait.until(ExpectedConditions.urlContains("/id/person/renata-coutinho"));
    }

    @Test
    void swaggerUiListsTheTemplatesFromTheOpenApiDescription() throws Exception {
        browser.get(server.url("/api/docs"));
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        WebElement op = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(@class, 'opblock-summary-path')][contains(., '/api/queries/meetings-of')]")));
        assertTrue(op.isDisplayed());
        screenshot("api-docs");
    }

    @Test
    void aNameInputSuggestsMatchingNamesAsOneTypes() throws Exception {
        browser.get(server.url("/queries"));
        WebElement input = browser.findElement(By.cssSelector("#meetings-of input[name=person]"));
        input.clear();
        input.sendKeys("Coutin");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("datalist#names option")));
        assertEquals("https://w3id.org/newskg/id/person/renata-coutinho", option.getAttribute("value"));
        assertTrue(option.getAttribute("label").startsWith("Renata Coutinho (Person"), option.getAttribute("label"));
        screenshot("queries");
    }

    /** Opens a page drawn from a template's JSON and waits until its status line says it has drawn it. */
    private static WebDriverWait openScriptedPage(String path, String drawn) {
        browser.get(server.url(path));
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile(drawn)));
        return wait;
    }

    /** Writes what the browser shows to target/screenshots/NAME.png, for the README and for a person checking a failure. */
    /** Opens {@code page}, types {@code words} into the box found by {@code box} and submits its form. */
    private static WebDriverWait submitWords(String page, By box, String words) {
        browser.get(server.url(page));
        WebElement input = browser.findElement(box);
        input.sendKeys(words);
        input.submit();
        return new WebDriverWait(browser, PATIENCE);
    }

    private static void screenshot(String name) throws java.io.IOException {
        Path out = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void searchPageMarksTheWordsAndLinksToWhatTheSentenceSupports() {
        WebDriverWait wait = submitWords("/search", By.name("q"), "ceasefire talks");
        WebElement first = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li")));
        List<String> marked = first.findElements(By.tagName("mark")).stream().map(e -> e.getText().toLowerCase()).toList();
        assertTrue(marked.contains("ceasefire") && marked.contains("talks"), "the words are marked: " + marked);
        first.findElement(By.xpath(".//p[@class='source']/a[starts-with(., 'Negotiation')]")).click();
        wait.until(ExpectedConditions.urlContains("/id/event/negotiation/"));
    }
}
