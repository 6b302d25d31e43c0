package uk.police.gatekeeper.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.gatekeeper.GatekeeperTest;
import uk.police.gatekeeper.identity.TasklistFilters;
import uk.police.gatekeeper.platform.TasklistBrowserTest;

/**
 * An applicant starts {@code cd-application} from its Camunda Forms start form in a real headless
 * Chromium, and a SPoC then finds the review task in Tasklist: the whole path a user takes, through
 * form-js, Tasklist's REST calls, the initiator variable and the registering delegate.
 */
@GatekeeperTest
class StartFormBrowserIT extends TasklistBrowserTest {

  private static final String PROCESS_NAME = "Communications data application";
  private static final String SPOC_TASK = "Review the application (SPoC)";
  private static final String STARTED = "The process has been started.";
  private static final String NOT_STARTED = "The process could not be started.";

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  ProcessEngine engine;

  @Test
  void anApplicationStartedInTasklistReachesTheSpocQueue() {
    logIntoTasklist("alice");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'modal')]//ul[contains(@class,'processes')]//a[normalize-space()='"
            + PROCESS_NAME + "']"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-form")));

    type("Operation name", "Operation Kestrel");
    choose("Statutory purpose", "Preventing or detecting crime, or preventing disorder");
    type("Offence under investigation", "Robbery, Theft Act 1968 s8");
    tick("The offence meets the serious crime threshold");
    type("Why the offence meets the serious crime threshold", "Robbery carries up to life imprisonment");
    pickRadio("Priority grade", "Grade 3: not urgent, but time-critical");
    choose("The subject of the data is a", "Suspect");
    type("Necessity", "The phone links the suspect to the robbery scene");
    type("Proportionality", "Only one day of subscriber details is requested");
    type("Collateral intrusion", "Third parties' details are not requested");
    choose("How many data requirements?", "1");
    choose("Identifier type", "Phone number (MSISDN)");
    type("Identifier", "07700 900123");
    choose("Data wanted", "Subscriber details (entity data)");
    choose("Communications service provider (CSP)", "Alpha Mobile");
    type("From (date-time with UTC offset)", "2026-11-01T00:00:00+00:00");
    type("To (date-time with UTC offset)", "2026-11-02T00:00:00+00:00");

    // Tasklist enables Start when form-js reports an errors object without keys. Form-js 1.8.7 leaves
    // errors = {fieldId: []} after any valid edit inside a dynamic list (bpmn-io/form-js#1494), which is
    // why the form has fixed groups of flat fields; the test must not enable the button itself.
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .withMessage("the Start button to be enabled once every field holds a valid value (it stays "
            + "disabled when form-js leaves an empty error entry, as it does for a field of a dynamic list)")
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-footer button.btn-primary")))
        .click();
    String outcome = wait.until(driver -> {
      String page = driver.findElement(By.tagName("body")).getText();
      return page.contains(STARTED) || page.contains(NOT_STARTED) ? page : null;
    });
    assertThat(outcome).as("Tasklist's notification after Start").contains(STARTED).doesNotContain(NOT_STARTED);

    // The engine's view, without any authenticated user.
    List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("cd-application")
        .variableValueEquals("operationName", "Operation Kestrel").list();
    assertThat(instances).hasSize(1);
    ProcessInstance instance = instances.get(0);
    assertThat(instance.getBusinessKey()).matches("CD-\\d{4}-\\d{6}");
    assertThat(runtimeService.getVariable(instance.getId(), "applicant")).isEqualTo("alice");
    List<Map<String, Object>> requirements =
        RequirementsVariable.read(runtimeService.getVariable(instance.getId(), RequirementsVariable.NAME));
    assertThat(requirements).singleElement()
        .satisfies(requirement -> assertThat(requirement).containsEntry("identifierNormalised", "+447700900123"));
    Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo("spocReview");
    assertThat(review.getAssignee()).isNull();

    // A fresh session for the SPoC: no cookie and no stored Tasklist state of alice's.
    ((JavascriptExecutor) browser).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    browser.manage().deleteAllCookies();
    browser.get("about:blank");
    logIntoTasklist("sam");
    WebElement groupFilter = wait.until(driver -> driver.findElements(By.cssSelector("[ng-click='focus(filter)']"))
        .stream()
        .filter(filter -> filter.findElement(By.cssSelector(".name")).getText().strip()
            .startsWith(TasklistFilters.MY_GROUPS_TASKS))
        .findFirst().orElse(null));
    groupFilter.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tasks-list"), SPOC_TASK));
    assertThat(browser.findElements(By.cssSelector(".tasks-list li.task h4.task a")).stream()
        .map(task -> task.getText().strip()).toList()).contains(SPOC_TASK);
  }

  /**
   * A SPoC returns an application in Tasklist with a technical correction, and the applicant's rework
   * form opens with the data requirement filled in: the values the applicant typed, the SPoC's
   * correction applied. Completing it unchanged resubmits it. Started through the engine: the start
   * form has its own test above.
   */
  @Test
  void aReturnedApplicationOpensPreFilledForRework() {
    ProcessInstance instance = new CaseFixtures(engine).submit("alice", CaseFixtures.routine());
    Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    logIntoTasklist("sam");
    openTask(review.getId());
    // The requirements as the applicant typed them, beside the normalised form.
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-table"), "+447700900123"));
    assertThat(browser.findElement(By.cssSelector(".fjs-table")).getText()).contains("07700 900123");
    claim();
    pickRadio("Decision", "Return to the applicant for rework");
    type("Notes to the applicant (required when returning or declining; the applicant sees them)",
        "Say which less intrusive steps you tried");
    tick("Correct technical details");
    type("Requirement number", "1");
    choose("Field to correct", "To (end of period)");
    type("Corrected value", "2026-11-01T12:00:00+00:00");
    type("Reason for the correction", "Only the morning is needed");
    completeTask();
    Task rework = new WebDriverWait(browser, Duration.ofSeconds(30))
        .withMessage("the review to be completed and the rework task to open")
        .until(driver -> taskService.createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey("reworkApplication").singleResult());

    ((JavascriptExecutor) browser).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    browser.manage().deleteAllCookies();
    browser.get("about:blank");
    logIntoTasklist("alice");
    openTask(rework.getId());
    assertThat(field("Why the SPoC returned it").findElement(By.tagName("textarea")).getAttribute("value"))
        .isEqualTo("Say which less intrusive steps you tried");
    assertThat(field("How many data requirements?").findElement(By.cssSelector(".fjs-select-display")).getText())
        .isEqualTo("1");
    assertThat(inputValue("Identifier")).isEqualTo("07700 900123");
    assertThat(inputValue("From (date-time with UTC offset)")).isEqualTo("2026-11-01T00:00:00+00:00");
    assertThat(inputValue("To (date-time with UTC offset)")).isEqualTo("2026-11-01T12:00:00+00:00");
    assertThat(field("Communications service provider (CSP)").findElement(By.cssSelector(".fjs-select-display"))
        .getText()).isEqualTo("Alpha Mobile");

    completeTask();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .withMessage("the unchanged rework to be resubmitted to the SPoC")
        .until(driver -> taskService.createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey("spocReview").singleResult());
    assertThat(RequirementsVariable.read(runtimeService.getVariable(instance.getId(), RequirementsVariable.NAME)))
        .singleElement().satisfies(requirement -> assertThat(requirement)
            .containsEntry("identifierNormalised", "+447700900123").containsEntry("to", "2026-11-01T12:00:00+00:00"));
  }

  /**
   * An authorising individual decides in Tasklist. The form shows the requirements read-only; it must
   * not keep Complete disabled (a read-only dynamic list did: form-js validates every list item it
   * imports and leaves an empty error entry for each, bpmn-io/form-js#1494).
   */
  @Test
  void anAuthorisationIsDecidedInTasklist() {
    CaseFixtures applications = new CaseFixtures(engine);
    ProcessInstance instance = applications.submit("alice", CaseFixtures.routine());
    applications.complete("sam", instance, "spocReview", CaseFixtures.vars("spocDecision", "ACCEPT"));
    Task authorise = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(authorise.getTaskDefinitionKey()).isEqualTo("authorise");
    assertThat(runtimeService.getVariable(instance.getId(), "authoriserGroup")).isEqualTo("ocda");

    logIntoTasklist("olga");
    openTask(authorise.getId());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-table"), "+447700900123"));
    claim();
    pickRadio("Decision", "Authorised");
    completeTask();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .withMessage("the authorisation to be recorded")
        .until(driver -> "AUTHORISED".equals(runtimeService.getVariable(instance.getId(), "authorisationDecision")));
    assertThat(runtimeService.getVariable(instance.getId(), "status")).isEqualTo("ACQUISITION");
  }

}
