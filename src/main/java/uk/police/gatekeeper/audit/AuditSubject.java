package uk.police.gatekeeper.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Which case, process instance and task an audit row is about. */
public record AuditSubject(String caseReference, String processInstanceId, String processDefinitionKey,
    String taskId, String taskDefinitionKey, String taskName) {

  public static AuditSubject of(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    return new AuditSubject(execution == null ? null : execution.getProcessBusinessKey(),
        task.getProcessInstanceId(), processDefinitionKey(task.getProcessDefinitionId()),
        task.getId(), task.getTaskDefinitionKey(), task.getName());
  }

  public static AuditSubject of(DelegateExecution execution) {
    return new AuditSubject(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        processDefinitionKey(execution.getProcessDefinitionId()), null, null, null);
  }

  /** Process definition ids are {@code key:version:id}; the key is what people search by. */
  static String processDefinitionKey(String processDefinitionId) {
    if (processDefinitionId == null) {
      return null;
    }
    int colon = processDefinitionId.indexOf(':');
    return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
  }
}
