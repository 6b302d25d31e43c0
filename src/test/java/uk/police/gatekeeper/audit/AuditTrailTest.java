package uk.police.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.gatekeeper.GatekeeperTest;
import uk.police.gatekeeper.identity.AuthorizationSync;
import uk.police.gatekeeper.identity.Grant;
import uk.police.gatekeeper.identity.UnitGroup;

/**
 * Walks a task through its life as real users (authorization checks on) and reads what the audit
 * trail recorded. The probe diagram has no audit listener of its own: the trail must attach itself.
 */
@GatekeeperTest
class AuditTrailTest {

  private static final String LONG_NOTE = "The subscriber check is necessary because ".repeat(8);

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationSync authorizations;
  @Autowired AuditTrail trail;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void deployProbe() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("audit-probe").count() == 0) {
      repositoryService.createDeployment().name("audit-probe")
          .addClasspathResource("bpmn-test/audit-probe.bpmn")
          .addClasspathResource("bpmn-test/audit-probe.form")
          .deploy();
    }
    authorizations.apply(Grant.of(UnitGroup.APPLICANTS, Resources.PROCESS_DEFINITION, "audit-probe",
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void everyStepOfATaskIsAuditedWithWhoAndWhat() {
    as("alice", UnitGroup.APPLICANTS);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("audit-probe", "CD-2026-900001",
        Map.of("operationName", "KESTREL"));
    identityService.clearAuthentication();
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    as("sam", UnitGroup.SPOC);
    taskService.claim(task.getId(), "sam");
    as("mona", UnitGroup.CDIU_MANAGERS);
    taskService.setAssignee(task.getId(), "steve");
    as("steve", UnitGroup.SPOC);
    formService.submitTaskForm(task.getId(), Variables.createVariables()
        .putValue("decision", "ACCEPT").putValue("notes", LONG_NOTE));

    List<AuditEntry> entries = trail.forCase("CD-2026-900001");
    assertThat(entries).extracting(AuditEntry::type, AuditEntry::actor).containsExactly(
        tuple(AuditEventType.CASE_STARTED, "alice"),
        tuple(AuditEventType.STATUS_CHANGED, "alice"),
        tuple(AuditEventType.TASK_CREATED, "alice"),
        tuple(AuditEventType.TASK_CLAIMED, "sam"),
        tuple(AuditEventType.TASK_ASSIGNED, "mona"),
        tuple(AuditEventType.TASK_COMPLETED, "steve"),
        tuple(AuditEventType.STATUS_CHANGED, "steve"),
        tuple(AuditEventType.CASE_ENDED, "steve"));

    assertThat(entries).allSatisfy(entry -> {
      assertThat(entry.occurredAt()).isNotNull();
      assertThat(entry.processInstanceId()).isEqualTo(instance.getId());
      assertThat(entry.processDefinitionKey()).isEqualTo("audit-probe");
    });
    AuditEntry assigned = entries.get(4);
    assertThat(assigned.details()).containsEntry("assignee", "steve");
    assertThat(assigned.taskDefinitionKey()).isEqualTo("probeReview");

    @SuppressWarnings("unchecked")
    Map<String, Object> set = (Map<String, Object>) entries.get(5).details().get("variables");
    assertThat(set).containsEntry("decision", "ACCEPT").doesNotContainKey("operationName");
    @SuppressWarnings("unchecked")
    Map<String, Object> note = (Map<String, Object>) set.get("notes");
    assertThat(note).containsEntry("length", LONG_NOTE.length())
        .containsEntry("sha256", VariableSummary.sha256(LONG_NOTE));
    assertThat((String) note.get("summary")).startsWith("The subscriber check is necessary");

    assertThat(entries.get(1).details()).containsEntry("to", "SPOC_REVIEW");
    assertThat(entries.get(6).details()).containsEntry("from", "SPOC_REVIEW").containsEntry("to", "COMPLETED");
  }

  @Test
  void variablesSetOutsideTheFormAreAuditedToo() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("audit-probe", "CD-2026-900002");
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    as("sam", UnitGroup.SPOC);
    taskService.complete(task.getId(), Map.of("decision", "RETURN", "madeUpByRestClient", 42));

    AuditEntry completed = trail.forTask(task.getId()).stream()
        .filter(entry -> entry.type() == AuditEventType.TASK_COMPLETED).findFirst().orElseThrow();
    assertThat(completed.actor()).isEqualTo("sam");
    @SuppressWarnings("unchecked")
    Map<String, Object> set = (Map<String, Object>) completed.details().get("variables");
    assertThat(set).containsEntry("decision", "RETURN").containsEntry("madeUpByRestClient", 42);
  }

  @Test
  void cancellingACaseAuditsTheOpenTaskAsCancelled() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("audit-probe", "CD-2026-900003");
    runtimeService.deleteProcessInstance(instance.getId(), "Cancelled by the applicant");

    assertThat(trail.forCase("CD-2026-900003")).extracting(AuditEntry::type)
        .contains(AuditEventType.TASK_CANCELLED, AuditEventType.CASE_ENDED);
  }

  @Test
  void theDatabaseRefusesToRewriteOrDeleteTheTrail() {
    runtimeService.startProcessInstanceByKey("audit-probe", "CD-2026-900004");
    assertThat(trail.forCase("CD-2026-900004")).isNotEmpty();

    assertThatThrownBy(() -> jdbc.update("UPDATE " + AuditTrail.TABLE + " SET actor = 'someone-else'"))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM " + AuditTrail.TABLE))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    assertThat(trail.forCase("CD-2026-900004")).isNotEmpty();
  }

  private void as(String user, UnitGroup group) {
    identityService.setAuthentication(user, List.of(group.id()));
  }
}
