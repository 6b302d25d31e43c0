package uk.police.gatekeeper.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.police.gatekeeper.application.CaseFixtures.vars;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.gatekeeper.GatekeeperTest;
import uk.police.gatekeeper.audit.AuditEntry;
import uk.police.gatekeeper.audit.AuditEventType;
import uk.police.gatekeeper.audit.AuditTrail;
import uk.police.gatekeeper.authorisation.AuthorisationValidity;

/** Walks every path of cd-application as the demo users, with authorization and every rule on. */
@GatekeeperTest
class CdApplicationPathsTest {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired AuditTrail trail;
  @Autowired Cancellation cancellation;
  @Autowired ApplicationRegistry registry;

  CaseFixtures applications;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    applications = new CaseFixtures(engine);
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  private ProcessInstance acceptedBySam(ProcessInstance instance) {
    applications.complete("sam", instance, "spocReview", vars("spocDecision", "ACCEPT"));
    return instance;
  }

  private ProcessInstance authorisedByOlga(ProcessInstance instance) {
    applications.complete("olga", instance, "authorise", vars("authorisationDecision", "AUTHORISED"));
    return instance;
  }

  private String status(ProcessInstance instance) {
    return (String) applications.historicVariable(instance, "status");
  }

  @Test
  void acceptedAuthorisedAcquiredAndCompleted() {
    ProcessInstance instance = applications.submit("alice", CaseFixtures.routine());
    assertThat(instance).isWaitingAt("spocReview");
    Assertions.assertThat(instance.getBusinessKey()).matches("CD-\\d{4}-\\d{6}");
    Assertions.assertThat(applications.variable(instance, "applicationReference")).isEqualTo(instance.getBusinessKey());
    Assertions.assertThat(applications.variable(instance, "applicant")).isEqualTo("alice");
    Assertions.assertThat(applications.variable(instance, "status")).isEqualTo("SPOC_REVIEW");
    Assertions.assertThat(applications.variable(instance, "requirements").toString())
        .contains("\"identifier\":\"07700 900123\"").contains("\"identifierNormalised\":\"+447700900123\"");

    acceptedBySam(instance);
    assertThat(instance).isWaitingAt("authorise");
    Assertions.assertThat(applications.variable(instance, "authorisationRoute")).isEqualTo("OCDA");
    Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskCandidateGroup("ocda").count()).isEqualTo(1);
    Assertions.assertThat(applications.variable(instance, "status")).isEqualTo("AUTHORISATION");

    authorisedByOlga(instance);
    assertThat(instance).hasPassed("Task_GrantAuthorisation").isWaitingAt("Task_PrepareCspRequest", "requestRenewal");
    OffsetDateTime authorisedAt = OffsetDateTime.parse((String) applications.variable(instance, "authorisedAt"));
    Assertions.assertThat(OffsetDateTime.parse((String) applications.variable(instance, "authorisationExpiresAt")))
        .isEqualTo(new AuthorisationValidity().expiresAt(authorisedAt));
    Assertions.assertThat(applications.variable(instance, "status")).isEqualTo("ACQUISITION");
    Assertions.assertThat(applications.openTasks(instance)).doesNotContain("recordWrittenAuthorisation");

    applications.acquire(instance);
    Assertions.assertThat(applications.variable(instance, "status")).isEqualTo("RESULTS_REVIEW");
    applications.complete("sam", instance, "reviewResults", vars("resultsDecision", "ACCEPT"));
    assertThat(instance).isEnded().hasPassed("Task_CheckCspResult", "Task_DisseminateResults", "End_Completed");
    Assertions.assertThat(status(instance)).isEqualTo("COMPLETED");
    Assertions.assertThat(registry.find(instance.getBusinessKey()).orElseThrow()).containsEntry("status", "COMPLETED");
    Assertions.assertThat(registry.decisions(instance.getBusinessKey())).extracting(d -> d.get("stage") + ":" + d.get("outcome"))
        .containsExactly("APPLICATION:SUBMITTED", "SPOC_REVIEW:ACCEPT", "AUTHORISATION:AUTHORISED", "GRANT:ONE_MONTH",
            "RESULTS_REVIEW:ACCEPT", "DISSEMINATION:INTELLIGENCE_PRODUCT");
  }

  @Test
  void returnedReworkedAndAccepted() {
    ProcessInstance instance = applications.submit("alice", CaseFixtures.routine());
    applications.complete("sam", instance, "spocReview",
        vars("spocDecision", "RETURN", "spocNotes", "Say which less intrusive steps you tried"));
    assertThat(instance).isWaitingAt("reworkApplication");
    Assertions.assertThat(applications.task(instance, "reworkApplication").getAssignee()).isEqualTo("alice");
    Assertions.assertThat(applications.variable(instance, "status")).isEqualTo("REWORK");

    applications.complete("alice", instance, "reworkApplication",
        vars("proportionality", "Open-source checks and the local database found nothing; one day only."));
    assertThat(instance).isWaitingAt("spocReview");
    Assertions.assertThat(registry.find(instance.getBusinessKey()).orElseThrow().get("proportionality"))
        .isEqualTo("Open-source checks and the local database found nothing; one day only.");

    applications.complete("steve", instance, "spocReview", vars("spocDecision", "ACCEPT"));
    assertThat(instance).isWaitingAt("authorise");
  }

  @Test
  void aResubmissionIsHeldToEveryRuleOfTheFirst() {
    ProcessInstance instance = applications.submit("alice", CaseFixtures.routine());
    applications.complete("sam", instance, "spocReview", vars("spocDecision", "RETURN", "spocNotes", "Check the period"));

    assertThatThrownBy(() -> applications.complete("alice", instance, "reworkApplication",
        vars("necessity", "too short")))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("necessity");
    assertThat(instance).isWaitingAt("reworkApplication");
  }

  @Test
  void declined() {
    ProcessInstance instance = applications.submit("alice", CaseFixtures.routine());
    applications.complete("sam", instance, "spocReview", vars("spocDecision", "DECLINE", "spocNotes", "Not a CD matter"));
    assertThat(instance).isEnded().hasPassed("End_Declined");
    Assertions.assertThat(status(instance)).isEqualTo("DECLINED");
  }

  @Test
  void withdrawnDuringRework() {
    ProcessInstance instance = applications.submit("alice", CaseFixtures.routine());
    applications.complete("sam", instance, "spocReview", vars("spocDecision", "RETURN", "spocNotes", "Wrong CSP"));
    applications.complete("alice", instance, "reworkApplication", vars("withdraw", true));
    assertThat(instance).isEnded().hasPassed("End_Withdrawn");
    Assertions.assertThat(status(instance)).isEqualTo("WITHDRAWN");
  }

  @Test
  void refusedByTheAuthoriser() {
    ProcessInstance instance = acceptedBySam(applications.submit("alice", CaseFixtures.routine()));
    applications.complete("olga", instance, "authorise",
        vars("authorisationDecision", "REFUSED", "authorisationNotes", "Not proportionate to a single sale"));
    assertThat(instance).isEnded().hasPassed("End_Refused");
    Assertions.assertThat(status(instance)).isEqualTo("REFUSED");
  }

  @Test
  void authoriserReturnsToTheSpocWithQuestions() {
    ProcessInstance instance = acceptedBySam(applications.submit("alice", CaseFixtures.routine()));
    applications.complete("olga", instance, "authorise",
        vars("authorisationDecision", "RETURNED", "authorisationNotes", "Why this day and not the week?"));
    assertThat(instance).isWaitingAt("spocReview");
    Assertions.assertThat(applications.variable(instance, "status")).isEqualTo("SPOC_REVIEW");
    Assertions.assertThat(applications.variable(instance, "spocDecision")).as("last round's decision cleared").isNull();

    acceptedBySam(instance);
    assertThat(instance).isWaitingAt("authorise");
  }

  @Test
  void aSpocDecisionNeedsItsReasonsAndAValidValue() {
    ProcessInstance instance = applications.submit("alice", CaseFixtures.routine());
    assertThatThrownBy(() -> applications.complete("sam", instance, "spocReview", vars("spocDecision", "RETURN")))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("spocNotes");
    assertThatThrownBy(() -> applications.complete("sam", instance, "spocReview", vars("spocDecision", "MAYBE")))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("spocDecision: must be one of ACCEPT, RETURN, DECLINE");
    assertThat(instance).isWaitingAt("spocReview");
  }

  @Test
  void theSpocCorrectsATechnicalDetailAndTheChangeIsRecorded() {
    ProcessInstance instance = applications.submit("alice", CaseFixtures.routine());
    applications.complete("sam", instance, "spocReview", vars("spocDecision", "ACCEPT", "spocCorrections",
        org.camunda.spin.plugin.variable.SpinValues.jsonValue(
            "[{\"index\": 1, \"field\": \"identifier\", \"value\": \"+44 7700 900124\", \"reason\": \"Applicant transposed digits\"}]")
            .create()));
    Assertions.assertThat(registry.corrections(instance.getBusinessKey())).singleElement().satisfies(correction -> {
      Assertions.assertThat(correction).containsEntry("field", "identifier").containsEntry("value_before", "07700 900123")
          .containsEntry("value_after", "+44 7700 900124").containsEntry("corrected_by", "sam");
    });
    Assertions.assertThat(registry.requirements(instance.getBusinessKey()).get(0))
        .containsEntry("identifier_normalised", "+447700900124");
  }

  @Nested
  class SeparationOfDuties {

    @BeforeEach
    void aSpocWhoIsAlsoAnApplicantAndAnAuthoriserWhoIsAlsoASpoc() {
      user("sid", "applicants", "spoc");
      user("tess", "spoc", "authorisers");
    }

    @Test
    void theApplicantCannotReviewTheirOwnApplication() {
      ProcessInstance instance = applications.submit("sid", CaseFixtures.routine());
      assertThatThrownBy(() -> applications.complete("sid", instance, "spocReview", vars("spocDecision", "ACCEPT")))
          .isInstanceOf(RefusedInput.class).hasMessageContaining("Separation of duties");
      assertThat(instance).isWaitingAt("spocReview");
    }

    @Test
    void theReviewingSpocCannotAuthorise() {
      ProcessInstance instance = applications.submit("alice", CaseFixtures.urgent("GRADE_2"));
      applications.complete("tess", instance, "spocReview", vars("spocDecision", "ACCEPT"));
      Assertions.assertThat(applications.variable(instance, "authorisationRoute")).isEqualTo("DSO");

      assertThatThrownBy(() -> applications.complete("tess", instance, "authorise",
          vars("authorisationDecision", "AUTHORISED")))
          .isInstanceOf(RefusedInput.class).hasMessageContaining("Separation of duties");
      assertThat(instance).isWaitingAt("authorise");

      engine.getTaskService().setAssignee(applications.task(instance, "authorise").getId(), null);
      applications.complete("dora", instance, "authorise", vars("authorisationDecision", "AUTHORISED"));
      assertThat(instance).hasPassed("Task_GrantAuthorisation");
    }

    private void user(String id, String... groups) {
      if (identityService.createUserQuery().userId(id).count() == 0) {
        User user = identityService.newUser(id);
        user.setPassword("not-used-here");
        identityService.saveUser(user);
        for (String group : groups) {
          identityService.createMembership(id, group);
        }
        identityService.setUserInfo(id, "spocPin", "SPOC-TEST-" + id);
      }
    }
  }

  @Test
  void aJournalistsSourceNeedsJudicialApprovalBeforeTheGrant() {
    ProcessInstance instance = acceptedBySam(applications.submit("alice",
        CaseFixtures.routine().putValue("journalisticSource", true)));
    authorisedByOlga(instance);
    assertThat(instance).isWaitingAt("judicialApproval").hasNotPassed("Task_GrantAuthorisation");

    assertThatThrownBy(() -> applications.complete("olga", instance, "judicialApproval",
        vars("judicialApprovalDecision", "APPROVED")))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("judicialCommissionerReference");
    applications.complete("olga", instance, "judicialApproval",
        vars("judicialApprovalDecision", "APPROVED", "judicialCommissionerReference", "JC/2026/0042"));
    assertThat(instance).hasPassed("Task_GrantAuthorisation").isWaitingAt("Task_PrepareCspRequest");
  }

  @Test
  void aJudicialCommissionerRefusalEndsTheApplication() {
    ProcessInstance instance = authorisedByOlga(acceptedBySam(applications.submit("alice",
        CaseFixtures.routine().putValue("journalisticSource", true))));
    applications.complete("olga", instance, "judicialApproval",
        vars("judicialApprovalDecision", "REFUSED", "judicialCommissionerReference", "JC/2026/0043"));
    assertThat(instance).isEnded().hasPassed("End_JudicialRefused");
    Assertions.assertThat(status(instance)).isEqualTo("REFUSED");
  }

  @Test
  void anUrgentOralDsoAuthorisationLastsThreeDaysAndNeedsItsWrittenRecordWithinAWorkingDay() {
    ProcessInstance instance = acceptedBySam(applications.submit("alice", CaseFixtures.urgent("GRADE_1")));
    Assertions.assertThat(applications.variable(instance, "authorisationRoute")).isEqualTo("DSO");
    applications.complete("dora", instance, "authorise", vars("authorisationDecision", "AUTHORISED", "oralAuthorisation", true));

    OffsetDateTime authorisedAt = OffsetDateTime.parse((String) applications.variable(instance, "authorisedAt"));
    OffsetDateTime expiresAt = OffsetDateTime.parse((String) applications.variable(instance, "authorisationExpiresAt"));
    Assertions.assertThat(java.time.Duration.between(authorisedAt, expiresAt)).hasDays(3);
    assertThat(instance).isWaitingAt("Task_PrepareCspRequest", "recordWrittenAuthorisation", "requestRenewal");
    Task written = applications.task(instance, "recordWrittenAuthorisation");
    Assertions.assertThat(written.getAssignee()).isEqualTo("dora");
    Assertions.assertThat(written.getDueDate().toInstant())
        .isEqualTo(new uk.police.gatekeeper.sla.WorkingDayCalendar().plusWorkingDays(authorisedAt, 1).toInstant());
    Assertions.assertThat(registry.decisions(instance.getBusinessKey())).extracting(d -> d.get("outcome"))
        .contains("AUTHORISED_ORALLY", "URGENT_THREE_DAYS");

    applications.acquire(instance);
    applications.complete("sam", instance, "reviewResults", vars("resultsDecision", "ACCEPT"));
    assertThat(instance).as("acquisition waits for the written record").isWaitingAt("recordWrittenAuthorisation");
    applications.complete("dora", instance, "recordWrittenAuthorisation",
        vars("writtenAuthorisationNotes", "Written up: threat to life, child missing", "writtenAuthorisationConfirmed", true));
    assertThat(instance).isEnded();
  }

  @Test
  void anOralAuthorisationIsOnlyForUrgentDsoWork() {
    ProcessInstance instance = acceptedBySam(applications.submit("alice", CaseFixtures.routine()));
    assertThatThrownBy(() -> applications.complete("olga", instance, "authorise",
        vars("authorisationDecision", "AUTHORISED", "oralAuthorisation", true)))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("oralAuthorisation");
  }

  @Test
  void atExpiryTheTimerEndsAcquisition() {
    ProcessInstance instance = authorisedByOlga(acceptedBySam(applications.submit("alice", CaseFixtures.routine())));
    OffsetDateTime expiresAt = OffsetDateTime.parse((String) applications.variable(instance, "authorisationExpiresAt"));

    Job expiry = expiryTimer(instance);
    Assertions.assertThat(expiry.getDuedate().toInstant()).isEqualTo(expiresAt.toInstant());
    ClockUtil.setCurrentTime(Date.from(expiresAt.plusMinutes(1).toInstant()));
    Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .timers().executable().count()).isEqualTo(1);
    engine.getManagementService().executeJob(expiry.getId());
    applications.runJobs(instance);

    assertThat(instance).isEnded().hasPassed("End_AuthorisationExpired", "Task_CancelCspRequestsAtExpiry", "End_Expired");
    Assertions.assertThat(status(instance)).isEqualTo("EXPIRED");
    Assertions.assertThat(trail.forProcessInstance(instance.getId())).extracting(AuditEntry::type)
        .contains(AuditEventType.TASK_CANCELLED);
  }

  @Test
  void aRenewalStartsItsMonthWhereTheCurrentOneEnds() {
    ProcessInstance instance = authorisedByOlga(acceptedBySam(applications.submit("alice", CaseFixtures.routine())));
    OffsetDateTime firstExpiry = OffsetDateTime.parse((String) applications.variable(instance, "authorisationExpiresAt"));

    applications.complete("alice", instance, "requestRenewal",
        vars("renewalRequested", true, "renewalJustification", "The supply line is still active; the number is in use."));
    applications.complete("steve", instance, "reviewRenewal", vars("spocDecision", "ACCEPT"));
    applications.complete("olga", instance, "authoriseRenewal", vars("authorisationDecision", "AUTHORISED"));

    OffsetDateTime renewed = OffsetDateTime.parse((String) applications.variable(instance, "authorisationExpiresAt"));
    Assertions.assertThat(renewed).isEqualTo(new AuthorisationValidity().renewedExpiresAt(firstExpiry));
    assertThat(instance).isWaitingAt("Task_PrepareCspRequest", "requestRenewal");

    // The timer set for the first expiry fires, finds the authorisation renewed and waits again.
    ClockUtil.setCurrentTime(Date.from(firstExpiry.plusMinutes(1).toInstant()));
    engine.getManagementService().executeJob(expiryTimer(instance).getId());
    assertThat(instance).isNotEnded();
    Assertions.assertThat(expiryTimer(instance).getDuedate().toInstant()).isEqualTo(renewed.toInstant());
  }

  private Job expiryTimer(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("Event_AuthorisationExpires").singleResult();
  }

  @Nested
  class Cancelling {

    private void cancelAs(String user, List<String> groups, ProcessInstance instance) {
      identityService.setAuthentication(user, groups);
      try {
        cancellation.cancel(instance.getBusinessKey(), user, groups, "The suspect has been charged");
      } finally {
        identityService.clearAuthentication();
      }
    }

    private void assertCancelled(ProcessInstance instance, String by) {
      applications.runJobs(instance);
      assertThat(instance).isEnded().hasPassed("Task_RecordCancellation");
      Assertions.assertThat(status(instance)).isEqualTo("CANCELLED");
      Assertions.assertThat(registry.decisions(instance.getBusinessKey())).last()
          .satisfies(d -> Assertions.assertThat(d).containsEntry("stage", "CANCELLATION").containsEntry("decided_by", by));
    }

    @Test
    void duringSpocReviewByTheApplicant() {
      ProcessInstance instance = applications.submit("alice", CaseFixtures.routine());
      cancelAs("alice", List.of("applicants"), instance);
      assertCancelled(instance, "alice");
      Assertions.assertThat(trail.forProcessInstance(instance.getId())).filteredOn(e -> e.type() == AuditEventType.STATUS_CHANGED)
          .last().satisfies(e -> Assertions.assertThat(e.actor()).isEqualTo("alice"));
    }

    @Test
    void duringReworkByASpoc() {
      ProcessInstance instance = applications.submit("alice", CaseFixtures.routine());
      applications.complete("sam", instance, "spocReview", vars("spocDecision", "RETURN", "spocNotes", "Wrong CSP"));
      cancelAs("steve", List.of("spoc"), instance);
      assertCancelled(instance, "steve");
    }

    @Test
    void duringAuthorisation() {
      ProcessInstance instance = acceptedBySam(applications.submit("alice", CaseFixtures.routine()));
      cancelAs("alice", List.of("applicants"), instance);
      assertCancelled(instance, "alice");
    }

    @Test
    void duringJudicialApproval() {
      ProcessInstance instance = authorisedByOlga(acceptedBySam(applications.submit("alice",
          CaseFixtures.routine().putValue("journalisticSource", true))));
      cancelAs("sam", List.of("spoc"), instance);
      assertCancelled(instance, "sam");
    }

    @Test
    void duringAcquisitionStopsEveryOutstandingTaskAndTheExpiryTimer() {
      ProcessInstance instance = authorisedByOlga(acceptedBySam(applications.submit("alice", CaseFixtures.routine())));
      cancelAs("alice", List.of("applicants"), instance);
      assertCancelled(instance, "alice");
      Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
      Assertions.assertThat(trail.forProcessInstance(instance.getId())).filteredOn(e -> e.type() == AuditEventType.TASK_CANCELLED)
          .extracting(AuditEntry::taskDefinitionKey).contains("requestRenewal");
    }

    @Test
    void anotherApplicantCannotCancelAndIsToldNothingExists() {
      ProcessInstance instance = applications.submit("alice", CaseFixtures.routine());
      assertThatThrownBy(() -> cancelAs("bob", List.of("applicants"), instance))
          .isInstanceOf(UnknownApplicationException.class);
      assertThat(instance).isWaitingAt("spocReview");
    }
  }
}
