package uk.police.gatekeeper.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.stereotype.Component;

/**
 * What each group may do, and nothing more. Task access itself needs no grant here: the engine gives
 * a task's candidate group and assignee their rights on that task when it is created or assigned.
 * Tasklist filter grants live with the filters ({@link TasklistFilters}).
 */
@Component
public class AccessPolicy {

  public static final String CD_APPLICATION = "cd-application";
  public static final String CD_ERROR = "cd-error";
  public static final String INTEL_ITEM = "intel-item";
  public static final String CD_CANCELLATION = "cd-cancellation";

  public List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    for (UnitGroup group : UnitGroup.tasklistUsers()) {
      grants.add(Grant.of(group, APPLICATION, "tasklist", Permissions.ACCESS));
      // Tasklist shows the names of assignees and colleagues.
      grants.add(Grant.of(group, USER, ANY, Permissions.READ));
    }
    // Who starts which process, and whose tasks show their process's name.
    startsAndReads(grants, UnitGroup.APPLICANTS, CD_APPLICATION);
    // Who may cancel which application is checked by Gatekeeper when the cancellation runs.
    startsAndReads(grants, UnitGroup.APPLICANTS, CD_CANCELLATION);
    startsAndReads(grants, UnitGroup.SPOC, CD_CANCELLATION);
    // SPoCs see their cases' incidents (a CSP that would not take a request) in Cockpit and retry them.
    grants.add(Grant.of(UnitGroup.SPOC, APPLICATION, "cockpit", Permissions.ACCESS));
    grants.add(Grant.of(UnitGroup.SPOC, PROCESS_DEFINITION, CD_APPLICATION, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.RETRY_JOB));
    startsAndReads(grants, UnitGroup.SPOC, CD_ERROR);
    reads(grants, UnitGroup.AUTHORISERS, CD_APPLICATION);
    reads(grants, UnitGroup.OCDA, CD_APPLICATION);
    reads(grants, UnitGroup.SRO, CD_APPLICATION);
    startsAndReads(grants, UnitGroup.SRO, CD_ERROR);
    startsAndReads(grants, UnitGroup.INTELLIGENCE_OFFICERS, INTEL_ITEM);

    // Unit managers watch queues, SLAs and incidents in Cockpit, reassign work, and retry a failed
    // send to a CSP once its cause is dealt with; they change nothing else.
    UnitGroup managers = UnitGroup.CDIU_MANAGERS;
    grants.add(Grant.of(managers, APPLICATION, "cockpit", Permissions.ACCESS));
    grants.add(Grant.of(managers, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.RETRY_JOB));
    grants.add(Grant.of(managers, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ,
        ProcessInstancePermissions.RETRY_JOB));
    grants.add(Grant.of(managers, TASK, ANY, TaskPermissions.READ, TaskPermissions.TASK_ASSIGN));
    grants.add(Grant.of(managers, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY));
    grants.add(Grant.of(managers, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
    grants.add(Grant.of(managers, DEPLOYMENT, ANY, Permissions.READ));

    // Process owners deploy models and administer the engine.
    for (Resources resource : Resources.values()) {
      grants.add(Grant.of(UnitGroup.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL));
    }
    return grants;
  }

  private static void startsAndReads(List<Grant> grants, UnitGroup group, String processKey) {
    grants.add(Grant.of(group, PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE));
    grants.add(Grant.of(group, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
  }

  private static void reads(List<Grant> grants, UnitGroup group, String processKey) {
    grants.add(Grant.of(group, PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ));
  }
}
