package uk.police.gatekeeper.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.gatekeeper.GatekeeperTest;
import uk.police.gatekeeper.application.CaseFixtures;
import uk.police.gatekeeper.platform.TasklistBrowserTest;

/**
 * A SPoC reviews the checked results in Tasklist, in a real headless Chromium: the form shows the
 * summary table and must let Complete be enabled (a dynamic list of the same rows would keep it
 * disabled, bpmn-io/form-js#1494, hence the table). The server's rule that reporting an error needs
 * notes must reach the SPoC as Tasklist's error notification, with the task left open.
 */
@GatekeeperTest
class ResultsReviewBrowserIT extends TasklistBrowserTest {

  private static final String ACCEPT = "Accept: disseminate the intelligence product to the applicant";
  private static final String REPORT_ERROR = "Report an error: quarantine the results";
  private static final String NOTES = "Notes (required when reporting an error)";

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  private CaseFixtures cases;
  @BeforeEach
  void fixtures() {
    cases = new CaseFixtures(engine);
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

}
