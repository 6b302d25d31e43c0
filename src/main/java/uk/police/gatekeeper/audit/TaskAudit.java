package uk.police.gatekeeper.audit;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits every user task of every deployed model. The Camunda Spring Boot starter's engine plugin adds
 * a BPMN parse listener to each user task that publishes its events to Spring; listening here means a
 * process owner cannot forget the audit in a new diagram, and we stay on Camunda's public API.
 *
 * <p>Events arrive synchronously inside the engine's transaction: if the audit row cannot be written
 * the user's action fails with it, so nothing happens unaudited.
 */
@Component
public class TaskAudit {

  private static final Logger LOG = LoggerFactory.getLogger(TaskAudit.class);
  static final String VARIABLE_DIGESTS = "variableDigests";

  private final AuditTrail trail;
  private final IdentityService identityService;
  private final FormService formService;
  private final CamundaBpmProperties camunda;

  public TaskAudit(AuditTrail trail, IdentityService identityService, FormService formService,
      CamundaBpmProperties camunda) {
    this.trail = trail;
    this.identityService = identityService;
    this.formService = formService;
    this.camunda = camunda;
  }

  /** Without task eventing, or with skippable listeners, tasks would go unaudited: refuse to start. */
  @PostConstruct
  void requireTaskEvents() {
    if (!camunda.getEventing().isTask() || Boolean.TRUE.equals(camunda.getEventing().isSkippable())) {
      throw new IllegalStateException("The audit trail needs camunda.bpm.eventing.task=true and "
          + "camunda.bpm.eventing.skippable=false");
    }
  }

  @EventListener
  public void on(DelegateTask task) {
    String actor = Actor.of(identityService);
    AuditSubject subject = AuditSubject.of(task);
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> trail.record(actor, AuditEventType.TASK_CREATED, subject, created(task));
      case TaskListener.EVENTNAME_ASSIGNMENT -> assigned(actor, task, subject);
      case TaskListener.EVENTNAME_UPDATE -> updated(actor, task, subject);
      case TaskListener.EVENTNAME_COMPLETE -> trail.record(actor, AuditEventType.TASK_COMPLETED, subject,
          Map.of("variables", variablesSet(task)));
      case TaskListener.EVENTNAME_DELETE -> trail.record(actor, AuditEventType.TASK_CANCELLED, subject,
          details("reason", task.getDeleteReason()));
      default -> LOG.debug("Task event {} is not audited", task.getEventName());
    }
  }

  private void assigned(String actor, DelegateTask task, AuditSubject subject) {
    String assignee = task.getAssignee();
    AuditEventType type = assignee == null ? AuditEventType.TASK_UNCLAIMED
        : assignee.equals(actor) ? AuditEventType.TASK_CLAIMED : AuditEventType.TASK_ASSIGNED;
    trail.record(actor, type, subject, details("assignee", assignee));
  }

  /**
   * The engine signals "update" for any change, claims included (audited as assignments). Only a change
   * of due date, follow-up date or priority, such as a manager re-prioritising work, is an update here.
   */
  private void updated(String actor, DelegateTask task, AuditSubject subject) {
    Map<String, Object> state = state(task);
    state.remove("assignee");
    Map<String, Object> previous = trail.forTask(task.getId()).stream()
        .filter(entry -> entry.type() == AuditEventType.TASK_CREATED || entry.type() == AuditEventType.TASK_UPDATED)
        .reduce((first, second) -> second).map(AuditEntry::details).orElse(Map.of());
    boolean changed = state.entrySet().stream()
        .anyMatch(field -> !Objects.equals(field.getValue(), previous.get(field.getKey())));
    if (changed) {
      trail.record(actor, AuditEventType.TASK_UPDATED, subject, state);
    }
  }

  private Map<String, Object> created(DelegateTask task) {
    Map<String, Object> details = state(task);
    details.put("candidateGroups", task.getCandidates().stream()
        .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList());
    // Digests of the case's variables as the task began: at completion they show what the user changed.
    Map<String, String> digests = new TreeMap<>();
    VariableMap variables = task.getVariablesTyped(false);
    variables.keySet().forEach(name -> digests.put(name, VariableSummary.digest(variables.getValueTyped(name))));
    details.put(VARIABLE_DIGESTS, digests);
    return details;
  }

  private static Map<String, Object> state(DelegateTask task) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("assignee", task.getAssignee());
    details.put("priority", task.getPriority());
    details.put("dueDate", task.getDueDate() == null ? null : task.getDueDate().toInstant().toString());
    details.put("followUpDate", task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant().toString());
    return details;
  }

  /**
   * The variables the user set: the fields of the task's form, the task's own variables, and any case
   * variable whose value differs from when the task was created (covers REST clients without the form).
   */
  private Map<String, Object> variablesSet(DelegateTask task) {
    VariableMap variables = task.getVariablesTyped(false);
    Set<String> names = new LinkedHashSet<>(formFields(task));
    names.addAll(task.getVariableNamesLocal());
    Map<String, String> before = digestsAtCreation(task.getId());
    for (String name : variables.keySet()) {
      if (!VariableSummary.digest(variables.getValueTyped(name)).equals(before.get(name))) {
        names.add(name);
      }
    }
    return VariableSummary.of(variables, names);
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> digestsAtCreation(String taskId) {
    return trail.forTask(taskId).stream()
        .filter(entry -> entry.type() == AuditEventType.TASK_CREATED)
        .map(entry -> (Map<String, String>) entry.details().getOrDefault(VARIABLE_DIGESTS, Map.of()))
        .findFirst().orElse(Map.of());
  }

  private Set<String> formFields(DelegateTask task) {
    // Asked first rather than caught: an exception inside a nested engine call would mark the whole
    // transaction rollback-only and fail the user's completion.
    TaskFormData formData = formService.getTaskFormData(task.getId());
    if (formData == null || formData.getCamundaFormRef() == null) {
      return Set.of();
    }
    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      return FormFieldKeys.of(form);
    } catch (IOException unreadable) {
      LOG.warn("The form of task {} could not be read; auditing its changed variables only", task.getId());
      return Set.of();
    }
  }

  private static Map<String, Object> details(String key, Object value) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put(key, value);
    return details;
  }
}
