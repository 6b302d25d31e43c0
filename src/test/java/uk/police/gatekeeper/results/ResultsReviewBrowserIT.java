package uk.police.gatekeeper.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.gatekeeper.GatekeeperTest;
import uk.police.gatekeeper.application.CaseFixtures;
import uk.police.gatekeeper.identity.TasklistFilters;
import uk.police.gatekeeper.platform.TestEnvironment;

/**
 * A SPoC reviews the checked results in Tasklist, in a real headless Chromium: the form shows the
 * summary table and must let Complete be enabled (a dynamic list of the same rows would keep it
 * disabled, bpmn-io/form-js#1494, hence the table). The server's rule that reporting an error needs
 * notes must reach the SPoC as Tasklist's error notification, with the task left open.
 */
@GatekeeperTest
class ResultsReviewBrowserIT {

  private static final String ACCEPT = "Accept: disseminate the intelligence product to the applicant";
  private static final String REPORT_ERROR = "Report an error: quarantine the results";
  private static final String NOTES = "Notes (required when reporting an error)";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  private CaseFixtures cases;
  private WebDriver browser;
  private WebDriverWait wait;
  private Path profile;

  /** Runs before @AfterEach quits the browser, so a failure leaves what the browser showed in target/. */
  @RegisterExtension
  final AfterTestExecutionCallback keepEvidenceOfFailure = context -> {
    if (context.getExecutionException().isPresent() && browser != null) {
      String name = "target/" + getClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
      File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(png.toPath(), Path.of(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(Path.of(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
    }
  };

  @BeforeEach
  void openBrowser() throws Exception {
    cases = new CaseFixtures(engine);
    profile = Files.createTempDirectory("gatekeeper-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(TestEnvironment.require("GATEKEEPER_TEST_CHROMIUM"));
    // The flags TasklistBrowserIT found to work on these machines.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(TestEnvironment.require("GATEKEEPER_TEST_CHROMEDRIVER")))
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  @Test
  void theSpocAcceptsTheResultsInTasklist() {
    ProcessInstance instance = caseAwaitingReview();

    logIntoTasklist("sam");
    openTask(cases.task(instance, "reviewResults").getId());
    assertThat(inputValue("Application reference")).isEqualTo(instance.getBusinessKey());
    assertSummaryShowsTheCheckedRequirement();
    claim();
    pickRadio("Decision", ACCEPT);
    completeTask();

    awaitEnded(instance, "the accepted results to be disseminated and the case to end");
    assertThat(cases.historicVariable(instance, "status")).isEqualTo("COMPLETED");
    assertThat(cases.historicVariable(instance, "resultsDecision")).isEqualTo("ACCEPT");
  }

  @Test
  void reportingAnErrorWithoutNotesIsRefusedAndWithNotesEndsTheCase() {
    ProcessInstance instance = caseAwaitingReview();
    Task review = cases.task(instance, "reviewResults");

    logIntoTasklist("sam");
    openTask(review.getId());
    assertSummaryShowsTheCheckedRequirement();
    claim();
    pickRadio("Decision", REPORT_ERROR);
    completeTask();

    // The form does not require notes (they are optional on accepting); the server refuses them empty.
    WebElement refusal = new WebDriverWait(browser, Duration.ofSeconds(30))
        .withMessage("Tasklist to show the server's refusal of an error report without notes")
        .until(driver -> driver.findElements(By.cssSelector(".notifications .alert")).stream()
            .filter(alert -> alert.getText().contains("resultsNotes")).findFirst().orElse(null));
    assertThat(refusal.getAttribute("class")).contains("danger");
    assertThat(cases.task(instance, "reviewResults")).as("the review task stays open").isNotNull()
        .extracting(Task::getId).isEqualTo(review.getId());
    assertThat(cases.ended(instance)).isFalse();
    assertThat(errors(instance)).isEmpty();
    // The notification covers the form's footer, Complete included: dismiss it as the SPoC would.
    refusal.findElement(By.cssSelector("button.close[ng-click^='removeNotification']")).click();
    wait.until(ExpectedConditions.stalenessOf(refusal));

    type(NOTES, "The subscriber's name does not match the account");
    completeTask();

    awaitEnded(instance, "the error report to be accepted and the case to end");
    assertThat(cases.historicVariable(instance, "status")).isEqualTo("COMPLETED");
    assertThat(cases.historicVariable(instance, "resultsDecision")).isEqualTo("REPORT_ERROR");
    assertThat(errors(instance)).singleElement().satisfies(error -> assertThat(error)
        .containsEntry("RAISED_BY", "sam")
        .hasEntrySatisfying("DESCRIPTION", description -> assertThat((String) description)
            .contains("The subscriber's name does not match the account")));
  }

  /** Submitted, accepted, authorised, sent, and delivered by the built-in CSP simulator: at reviewResults. */
  private ProcessInstance caseAwaitingReview() {
    ProcessInstance instance = cases.authorised(CaseFixtures.routine("07700 900123", "SUBSCRIBER"));
    cases.acquire(instance);
    assertThat(cases.task(instance, "reviewResults").getAssignee()).isNull();
    return instance;
  }

  private void assertSummaryShowsTheCheckedRequirement() {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-table"), "+447700900123"));
    List<List<String>> rows = browser.findElements(By.cssSelector(".fjs-table tbody tr")).stream()
        .map(row -> row.findElements(By.tagName("td")).stream().map(cell -> cell.getText().strip()).toList())
        .toList();
    assertThat(rows).as("the summary table's rows").singleElement()
        .satisfies(cells -> assertThat(cells).contains("1", "+447700900123", "alpha-mobile", "PASSED"));
  }

  private void awaitEnded(ProcessInstance instance, String what) {
    new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(what)
        .until(driver -> cases.ended(instance));
  }

  private List<Map<String, Object>> errors(ProcessInstance instance) {
    return jdbc.queryForList("SELECT * FROM \"gatekeeper\".error_record WHERE application_reference = ?",
        instance.getBusinessKey());
  }

  private void claim() {
    reveal(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
  }

  /** Tasklist opens a task from its URL, whatever the filter. */
  private void openTask(String taskId) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
  }

  /** Waits for Tasklist's Complete to be enabled, as a user would, and clicks it. */
  private void completeTask() {
    WebElement complete = new WebDriverWait(browser, Duration.ofSeconds(30))
        .withMessage("the Complete button to be enabled once every field holds a valid value (it stays "
            + "disabled when form-js leaves an empty error entry, as it does for a field of a dynamic list)")
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.btn-primary[ng-click='complete()']")));
    reveal(complete).click();
  }

  private String inputValue(String label) {
    WebElement input = field(label).findElement(By.cssSelector("input.fjs-input"));
    return wait.until(driver -> {
      String value = input.getAttribute("value");
      return value == null || value.isEmpty() ? null : value;
    });
  }

  private void logIntoTasklist(String user) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[ng-model='username']")));
    username.sendKeys(user);
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), TasklistFilters.MY_TASKS));
  }

  /**
   * The innermost form-js field whose own label reads {@code label}. The label's first text node is
   * the label itself: a required field adds its asterisk in a span.
   */
  private WebElement field(String label) {
    return reveal(wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')]"
            + "[label[normalize-space(text())=" + xpathLiteral(label) + "]]"))));
  }

  /** Scrolls an element to the middle of the window: Tasklist's fixed footer covers the bottom edge. */
  private WebElement reveal(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }

  private void type(String label, String text) {
    WebElement input = field(label).findElement(By.cssSelector("input.fjs-input, textarea.fjs-textarea, textarea"));
    input.sendKeys(text);
    wait.until(driver -> text.equals(input.getAttribute("value")));
  }

  private void pickRadio(String label, String option) {
    WebElement radio = field(label).findElement(By.xpath(
        "./label[normalize-space(text())=" + xpathLiteral(option) + "]/input[@type='radio']"));
    radio.click();
    wait.until(driver -> radio.isSelected());
  }

  private static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }
}
