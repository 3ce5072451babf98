package org.newsfacet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfacet.json.Json;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: the distribution's headless Chromium, driven through its chromedriver
 * by Selenium, asking the questions a reader asks and checking what the page shows against the API.
 * Screenshots go to {@code web/target/screenshots/}.
 *
 * <p>Without Chromium and chromedriver (Debian's {@code chromium} and {@code chromium-driver}) the
 * tests are skipped, unless {@code NEWSFACET_BROWSER_TESTS=required}, as CI sets it, makes that a failure.
 */
class PageTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("newsfacet.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getProperty("newsfacet.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static ChromeDriver browser;
  private static Path profile;
  private final TestServer server = TestServer.shared();

  @BeforeAll
  static void startBrowser() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && "required".equals(System.getenv("NEWSFACET_BROWSER_TESTS"))) {
      throw new IllegalStateException("the browser tests are required, but " + CHROMIUM + " or " + DRIVER
          + " is missing: install Debian's chromium and chromium-driver");
    }
    Assumptions.assumeTrue(present, "no " + CHROMIUM + " and " + DRIVER + ": the page is not tested in a browser");
    profile = Files.createTempDirectory("newsfacet-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Headless, and nothing that would reach for the internet, which this machine does not have.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1400", "--user-data-dir=" + profile);
    // Naming the driver keeps Selenium Manager from looking for one to download.
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  /** Types the question into the box and asks, as a reader does, and waits for the answer. */
  private void ask(String question) {
    browser.get(server.uri().toString());
    WebElement box = waiting().until(ExpectedConditions.elementToBeClickable(By.id("q")));
    box.clear();
    box.sendKeys(question);
    browser.findElement(By.cssSelector("#ask button")).click();
    waiting().until(d -> !d.findElement(By.id("summary")).getText().isEmpty()
        && !d.findElement(By.id("summary")).getText().startsWith("Ask"));
  }

  private JsonNode api(String question) throws IOException {
    return Json.mapper().readTree(server.get("/api/query?limit=20&q="
        + URLEncoder.encode(question, StandardCharsets.UTF_8)).body());
  }

  private static List<String> texts(List<WebElement> elements) {
    List<String> out = new ArrayList<>();
    elements.forEach(e -> out.add(e.getText()));
    return out;
  }

  private static void screenshot(String name) throws IOException {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static List<String> facetValues(String dim) {
    return texts(browser.findElements(By.cssSelector("[data-dim='" + dim + "'] .value")));
  }

  @Test
  void showsASpeakersQuotationsAndNarrowsThemByOutlet() throws IOException {
    ask("Rutte quotes");
    JsonNode answer = api("Rutte quotes");
    long total = answer.get("total").asLong();
    assertEquals(total + " quotations", browser.findElement(By.id("summary")).getText());
    assertEquals(List.of("Mark Rutte (" + total + ")"), texts(browser.findElements(By.cssSelector(".speaker h2"))));
    List<WebElement> quotes = browser.findElements(By.cssSelector("#quotes blockquote"));
    assertEquals(total, quotes.size());
    List<WebElement> metas = browser.findElements(By.cssSelector("#quotes .meta"));
    for (WebElement meta : metas) {
      assertFalse(meta.findElements(By.cssSelector("a.article-link")).isEmpty(), meta.getText());
    }
    screenshot("rutte-quotes");

    // The whole answer as a spreadsheet: the link asks the API for CSV, a header and a row a quotation.
    WebElement csv = browser.findElement(By.id("csv"));
    assertTrue(csv.isDisplayed());
    URI link = URI.create(csv.getDomProperty("href"));
    assertTrue(link.getQuery().contains("format=csv"), link.toString());
    HttpResponse<String> table = server.get(link.getRawPath() + "?" + link.getRawQuery());
    assertEquals("text/csv; charset=utf-8; header=present", table.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(total + 1, TestServer.csvRows(table.body()), table.body());

    // Drill down by an outlet: the question gains the filter, the outlets stay listed (drill sideways).
    List<String> outlets = facetValues("outlet");
    assertTrue(outlets.size() > 1, outlets.toString());
    String outlet = outlets.get(0);
    browser.findElement(By.xpath("//div[@data-dim='outlet']//label[span[@class='value' and text()='" + outlet
        + "']]/input")).click();
    String narrowed = "Rutte quotes outlet:\"" + outlet + "\"";
    waiting().until(d -> d.findElement(By.id("q")).getDomProperty("value").equals(narrowed));
    JsonNode filtered = api(narrowed);
    waiting().until(d -> d.findElement(By.id("summary")).getText()
        .equals(filtered.get("total").asLong() + " quotations"));
    assertTrue(filtered.get("total").asLong() < total);
    assertEquals(outlets, facetValues("outlet"), "the other outlets can still be chosen");
    assertTrue(browser.findElement(By.xpath("//div[@data-dim='outlet']//label[span[text()='" + outlet + "']]/input"))
        .isSelected());

    // The article of the first quotation, its quotations marked in the text.
    browser.findElement(By.cssSelector("#quotes a.article-link")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("article")));
    waiting().until(d -> !d.findElements(By.cssSelector("#articleText mark.quote")).isEmpty());
    assertFalse(browser.findElements(By.cssSelector("#articleQuotes li")).isEmpty());
    screenshot("article");
  }

  @Test
  void comparesTroopFiguresBySourceInTablesAndAChart() throws IOException {
    ask("troop figures by source");
    JsonNode answer = api("troop figures by source");
    List<String> groups = new ArrayList<>();
    int figures = 0;
    for (JsonNode g : answer.get("items")) {
      groups.add(g.get("key").isNull() ? "(no outlet)" : g.get("key").asText());
      figures += g.get("figures").size();
    }
    waiting().until(d -> !d.findElements(By.cssSelector("#groups table")).isEmpty());
    List<String> captions = texts(browser.findElements(By.cssSelector("#groups caption")));
    assertEquals(groups, captions.stream().map(c -> c.replaceAll(" \\(newest .*\\)$", "")).toList());
    assertEquals(figures, browser.findElements(By.cssSelector("#groups tr.figure-row")).size());
    assertFalse(browser.findElements(By.cssSelector("#chart canvas")).isEmpty(), "the chart of figures over time");
    String firstRow = browser.findElement(By.cssSelector("#groups tr.figure-row")).getText();
    assertTrue(firstRow.contains("troops"), firstRow);
    screenshot("troop-figures-by-source");
  }

  @Test
  void articleTextNeverBecomesMarkupOrScript() {
    ask(TestServer.HOSTILE_WORD);
    WebElement title = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#articles h2 a")));
    assertEquals(TestServer.HOSTILE_TITLE, title.getText());
    assertTrue(browser.findElements(By.cssSelector("#results img")).isEmpty());
    title.click();
    waiting().until(d -> d.findElement(By.id("articleTitle")).getText().equals(TestServer.HOSTILE_TITLE));
    waiting().until(d -> d.findElement(By.id("articleText")).getText().contains("<script>"));
    assertTrue(browser.findElements(By.cssSelector("#article script, #article img")).isEmpty());
    assertNull(((JavascriptExecutor) browser).executeScript("return document.body.dataset.owned || null;"),
        "no script from the article ran");
  }
}
