package uk.police.gatekeeper.application;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Drives cd-application as the demo users would, through the engine's API with each user logged in,
 * so authorizations and Gatekeeper's rules apply exactly as in Tasklist.
 */
public class CaseFixtures {

  static final String MSISDN_REQUIREMENT = requirement("07700 900123", "SUBSCRIBER");

  static String requirement(String msisdn, String dataType) {
    return "[{\"identifierType\": \"MSISDN\", \"identifier\": \"" + msisdn + "\", \"dataType\": \"" + dataType
        + "\", \"csp\": \"alpha-mobile\", \"from\": \"2026-11-01T00:00:00+00:00\", \"to\": \"2026-11-02T00:00:00+00:00\"}]";
  }

  /** A routine application for one requirement of Alpha Mobile's about this number. */
  public static VariableMap routine(String msisdn, String dataType) {
    return routine().putValue("requirements", SpinValues.jsonValue(requirement(msisdn, dataType)).create());
  }

  /** Submitted by alice, accepted by sam, authorised by olga (OCDA): the sends to the CSPs are due. */
  public ProcessInstance authorised(VariableMap variables) {
    ProcessInstance instance = submit("alice", variables);
    complete("sam", instance, "spocReview", vars("spocDecision", "ACCEPT"));
    complete("olga", instance, "authorise", vars("authorisationDecision", "AUTHORISED"));
    return instance;
  }

  /** Prepares and sends the requests to the CSPs, as the job executor would. */
  public void runSends(ProcessInstance instance) {
    var management = engine.getManagementService();
    for (String step : List.of("Task_PrepareCspRequest", "Task_SendCspRequest")) {
      management.createJobQuery().processInstanceId(instance.getId()).activityId(step).list()
          .forEach(job -> management.executeJob(job.getId()));
    }
  }

  private final ProcessEngine engine;

  public CaseFixtures(ProcessEngine engine) {
    this.engine = engine;
  }

  /** A valid routine (Grade 3) application under the IPA for a crime. */
  public static VariableMap routine() {
    return Variables.createVariables()
        .putValue("operationName", "KESTREL")
        .putValue("statutoryPurpose", "CRIME")
        .putValue("offence", "Supplying controlled drugs")
        .putValue("seriousCrime", true)
        .putValue("seriousCrimeJustification", "Supply of Class A drugs carries life imprisonment")
        .putValue("priority", "GRADE_3")
        .putValue("subjectRole", "SUSPECT")
        .putValue("necessity", "The subscriber of the number links the suspect to the supply line.")
        .putValue("proportionality", "One subscriber check over one day; less intrusive steps have failed.")
        .putValue("collateralIntrusion", "None expected: the number is the suspect's business line.")
        .putValue("journalisticSource", false)
        .putValue("requirements", SpinValues.jsonValue(MSISDN_REQUIREMENT).create());
  }

  public static VariableMap urgent(String grade) {
    return routine().putValue("priority", grade)
        .putValue("urgencyJustification", "A child is missing and the suspect holds the phone");
  }

  public ProcessInstance submit(String applicant, VariableMap variables) {
    return as(applicant, () -> engine.getFormService().submitStartForm(
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("cd-application")
            .latestVersion().singleResult().getId(), variables));
  }

  public Task task(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
  }

  /** Claims and completes the case's open task with that key as the user, like Tasklist does. */
  public void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    Task task = task(instance, taskKey);
    if (task == null) {
      throw new AssertionError("No open task " + taskKey + "; open: " + openTasks(instance));
    }
    as(user, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), variables);
      return null;
    });
  }

  /**
   * Runs the sends to the CSPs (the job executor is off in tests) and waits for the built-in CSP's
   * deliveries to bring the case to the SPoC's review of the results.
   */
  public void acquire(ProcessInstance instance) {
    runSends(instance);
    awaitTask(instance, "reviewResults");
  }

  /** Runs the case's due jobs that are not timers (the job executor is off in tests), as it would. */
  public void runJobs(ProcessInstance instance) {
    var management = engine.getManagementService();
    management.createJobQuery().processInstanceId(instance.getId()).executable().messages().list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  public void awaitTask(ProcessInstance instance, String taskKey) {
    long deadline = System.currentTimeMillis() + 15_000;
    while (task(instance, taskKey) == null) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("No task " + taskKey + " after 15 s; open: " + openTasks(instance));
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  public List<String> openTasks(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list().stream()
        .map(Task::getTaskDefinitionKey).sorted().toList();
  }

  public Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  public Object historicVariable(ProcessInstance instance, String name) {
    var variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  public boolean ended(ProcessInstance instance) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
  }

  public <T> T as(String user, java.util.function.Supplier<T> action) {
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identity.setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  public static Map<String, Object> vars(Object... keysAndValues) {
    VariableMap map = Variables.createVariables();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.putValue((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
