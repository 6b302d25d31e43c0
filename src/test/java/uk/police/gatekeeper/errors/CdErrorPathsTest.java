package uk.police.gatekeeper.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.police.gatekeeper.application.CaseFixtures.vars;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.gatekeeper.GatekeeperTest;
import uk.police.gatekeeper.application.CaseFixtures;
import uk.police.gatekeeper.application.RefusedInput;

/** Walks cd-error: classification, deadlines, sign-off, quarantine, the report, and automatic starts. */
@GatekeeperTest
class CdErrorPathsTest {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ErrorDeadlines deadlines;

  CaseFixtures cases;

  @BeforeEach
  void setUp() {
    cases = new CaseFixtures(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "acquired={0} {1} -> {2}")
  @CsvSource({
      "true, WRONG_IDENTIFIER, REPORTABLE", "true, WRONG_PERIOD, REPORTABLE", "true, WRONG_DATA_TYPE, REPORTABLE",
      "true, EXCESS_DATA, REPORTABLE", "true, WITHOUT_AUTHORITY, REPORTABLE", "true, OTHER, REPORTABLE",
      "false, WRONG_IDENTIFIER, RECORDABLE", "false, WRONG_PERIOD, RECORDABLE", "false, WRONG_DATA_TYPE, RECORDABLE",
      "false, EXCESS_DATA, RECORDABLE", "false, WITHOUT_AUTHORITY, RECORDABLE", "false, OTHER, RECORDABLE"})
  void theClassificationTableForEveryCombination(boolean dataAcquired, String errorType, String errorClass) {
    var result = engine.getDecisionService().evaluateDecisionByKey("error-classification")
        .variables(Map.of("dataAcquired", dataAcquired, "errorType", errorType)).evaluate();
    assertThat((Object) result.getSingleResult().getSingleEntry()).isEqualTo(errorClass);
  }

  @ParameterizedTest(name = "established {0} ({1}) -> due {2}")
  @CsvSource({
      "2026-12-21T10:00:00+00:00, IPA, 2027-01-07",
      "2026-12-21T10:00:00+00:00, RIPA, 2026-12-30",
      "2026-11-27T16:00:00+00:00, IPA, 2026-12-11",
      "2027-03-24T09:00:00+00:00, IPA, 2027-04-09",
      "2027-03-31T23:30:00Z, IPA, 2027-04-15"})
  void theReportIsDueInUkWorkingDaysSkippingWeekendsAndBankHolidays(String establishedAt, String regime, String due) {
    assertThat(deadlines.reportDueDate(OffsetDateTime.parse(establishedAt), regime)).isEqualTo(LocalDate.parse(due));
  }

  private ProcessInstance report(String user, VariableMap variables) {
    return cases.as(user, () -> engine.getFormService().submitStartForm(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey("cd-error").latestVersion().singleResult().getId(),
        variables));
  }

  private static VariableMap error(boolean dataAcquired, String establishedAt) {
    return Variables.createVariables().putValue("errorType", "WRONG_IDENTIFIER").putValue("errorCause", "APPLICANT")
        .putValue("dataAcquired", dataAcquired).putValue("establishedAt", establishedAt)
        .putValue("description", "Two digits of the number were transposed in the application");
  }

  private Map<String, Object> record(ProcessInstance instance) {
    return jdbc.queryForMap("SELECT * FROM \"gatekeeper\".error_record WHERE reference = ?", instance.getBusinessKey());
  }

  @Test
  void aSpocRecordsARecordableErrorAndTheSroSignsItOff() {
    ProcessInstance instance = report("sam", error(false, "2026-11-20T10:00:00+00:00"));
    assertThat(instance.getBusinessKey()).matches("ERR-\\d{4}-\\d{6}");
    assertThat(cases.openTasks(instance)).containsExactly("sroReview");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("sro")
        .count()).isEqualTo(1);
    assertThat(record(instance)).containsEntry("ERROR_CLASS", "RECORDABLE").containsEntry("RAISED_BY", "sam");

    cases.complete("sara", instance, "sroReview", vars("quarantineDecision", "NONE"));
    assertThat(cases.ended(instance)).isTrue();
    assertThat(record(instance)).containsEntry("STATUS", "RECORDED").containsEntry("SIGNED_OFF_BY", "sara");
  }

  @Test
  void aBadReportIsRefusedNamingEachFieldAndLeavesNothing() {
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM \"gatekeeper\".error_record", Long.class);
    assertThatThrownBy(() -> report("sam", Variables.createVariables().putValue("errorType", "TYPO")
        .putValue("establishedAt", "2026-11-20T10:00").putValue("description", "short")
        .putValue("applicationReference", "CD-2026-999999")))
        .isInstanceOf(RefusedInput.class)
        .hasMessageContaining("errorType").hasMessageContaining("errorCause").hasMessageContaining("establishedAt")
        .hasMessageContaining("description").hasMessageContaining("applicationReference");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"gatekeeper\".error_record", Long.class)).isEqualTo(before);
  }

  @Test
  void anApplicantCannotReportAnErrorThroughTheProcess() {
    assertThat(cases.as("alice", () -> engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("cd-error").count())).as("not even offered in Tasklist").isZero();
    assertThatThrownBy(() -> cases.as("alice", () -> engine.getRuntimeService()
        .startProcessInstanceByKey("cd-error", error(false, "2026-11-20T10:00:00+00:00"))))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void aReportableErrorIsDueInTenWorkingDaysWithAnAlertTwoDaysBeforeAndAnOverdueFlagAfter() {
    ProcessInstance instance = report("sara", error(true, "2026-12-21T10:00:00+00:00"));
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "reportDueDate")).isEqualTo("2027-01-07");
    cases.complete("sara", instance, "sroReview", vars("quarantineDecision", "NONE", "potentiallySerious", true));
    assertThat(record(instance)).containsEntry("ERROR_CLASS", "REPORTABLE").containsEntry("STATUS", "REPORTING")
        .containsEntry("POTENTIALLY_SERIOUS", true);

    var report = cases.task(instance, "reportToCommissioner");
    assertThat(report.getDueDate().toInstant())
        .isEqualTo(LocalDate.parse("2027-01-07").atTime(23, 59, 59).atZone(UK).toInstant());
    Job alert = timer(instance, "Timer_DeadlineApproaching");
    assertThat(alert.getDuedate().toInstant()).isEqualTo(LocalDate.parse("2027-01-05").atTime(9, 0).atZone(UK).toInstant());
    Job overdue = timer(instance, "Timer_DeadlinePassed");
    assertThat(overdue.getDuedate().toInstant()).isEqualTo(LocalDate.parse("2027-01-08").atStartOfDay(UK).toInstant());

    ClockUtil.setCurrentTime(Date.from(alert.getDuedate().toInstant().plusSeconds(60)));
    engine.getManagementService().executeJob(alert.getId());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("reviewReportingDeadline").taskCandidateGroup("cdiu-managers").count()).isEqualTo(1);

    ClockUtil.setCurrentTime(Date.from(overdue.getDuedate().toInstant().plusSeconds(60)));
    engine.getManagementService().executeJob(overdue.getId());
    assertThat(record(instance)).containsEntry("OVERDUE", true);

    assertThatThrownBy(() -> cases.complete("sara", instance, "reportToCommissioner", vars("reportedOn", "2027-01-08")))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("commissionerReference");
    cases.complete("sara", instance, "reportToCommissioner",
        vars("commissionerReference", "IPCO/2027/0012", "reportedOn", "2027-01-08"));
    assertThat(record(instance)).containsEntry("STATUS", "REPORTED").containsEntry("COMMISSIONER_REFERENCE", "IPCO/2027/0012");
    cases.complete("mona", instance, "reviewReportingDeadline", vars("deadlineNotes", "Chased the SRO"));
    assertThat(cases.ended(instance)).isTrue();
  }

  @Test
  void aFailedResultCheckStartsAnErrorRecordAndTheSroDestroysTheQuarantinedData() {
    ProcessInstance application = cases.authorised(CaseFixtures.routine("07700 900006", "SUBSCRIBER"));
    cases.acquire(application);
    ProcessInstance error = errorFor(application.getBusinessKey());
    assertThat(engine.getRuntimeService().getVariable(error.getId(), "errorType")).isEqualTo("WRONG_PERIOD");
    assertThat(engine.getRuntimeService().getVariable(error.getId(), "errorClass")).isEqualTo("REPORTABLE");

    cases.complete("sara", error, "sroReview", vars("quarantineDecision", "DESTROY"));
    String body = jdbc.queryForObject("SELECT s.body FROM \"gatekeeper\".csp_response s JOIN \"gatekeeper\".csp_request r "
        + "ON s.request_reference = r.reference WHERE r.application_reference = ?", String.class, application.getBusinessKey());
    assertThat(body).contains("\"destroyed\": true").doesNotContain("records");
    assertThat(jdbc.queryForObject("SELECT outcome FROM \"gatekeeper\".application_decision WHERE application_reference = ? "
        + "AND stage = 'QUARANTINE'", String.class, application.getBusinessKey())).isEqualTo("DESTROYED");
    assertThat(record(error)).containsEntry("QUARANTINE_DECISION", "DESTROY");
  }

  @Test
  void retainingQuarantinedDataNeedsAJustificationAndKeepsIt() {
    ProcessInstance application = cases.authorised(CaseFixtures.routine("07700 900005", "SUBSCRIBER"));
    cases.acquire(application);
    ProcessInstance error = errorFor(application.getBusinessKey());

    assertThatThrownBy(() -> cases.complete("sara", error, "sroReview", vars("quarantineDecision", "RETAIN")))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("quarantineJustification");
    cases.complete("sara", error, "sroReview", vars("quarantineDecision", "RETAIN",
        "quarantineJustification", "The Commissioner asked to inspect the delivery"));
    String body = jdbc.queryForObject("SELECT s.body FROM \"gatekeeper\".csp_response s JOIN \"gatekeeper\".csp_request r "
        + "ON s.request_reference = r.reference WHERE r.application_reference = ?", String.class, application.getBusinessKey());
    assertThat(body).contains("records");
    assertThat(record(error)).containsEntry("QUARANTINE_JUSTIFICATION", "The Commissioner asked to inspect the delivery");
  }

  @Test
  void anOverdueWrittenAuthorisationStartsAnErrorRecord() {
    ProcessInstance application = cases.submit("alice", CaseFixtures.urgent("GRADE_1"));
    cases.complete("sam", application, "spocReview", vars("spocDecision", "ACCEPT"));
    cases.complete("dora", application, "authorise", vars("authorisationDecision", "AUTHORISED", "oralAuthorisation", true));

    engine.getManagementService().executeJob(timer(application, "Timer_WrittenAuthorisationOverdue").getId());
    ProcessInstance error = errorFor(application.getBusinessKey());
    assertThat(engine.getRuntimeService().getVariables(error.getId()))
        .containsEntry("errorType", "WITHOUT_AUTHORITY").containsEntry("errorCause", "AUTHORISER");
    assertThat(cases.openTasks(application)).contains("recordWrittenAuthorisation");
  }

  private ProcessInstance errorFor(String applicationReference) {
    String reference = jdbc.queryForObject("SELECT reference FROM \"gatekeeper\".error_record WHERE "
        + "application_reference = ?", String.class, applicationReference);
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
  }
}
