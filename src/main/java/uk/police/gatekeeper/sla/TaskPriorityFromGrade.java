package uk.police.gatekeeper.sla;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new user task of a graded case the task priority of its grade (process variable
 * {@code priority}), whatever diagram it comes from, so queues sort by urgency.
 */
@Component
public class TaskPriorityFromGrade {

  static final String PRIORITY_VARIABLE = "priority";

  @EventListener
  public void onCreate(DelegateTask task) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      return;
    }
    Grade.parse(task.getVariable(PRIORITY_VARIABLE))
        .ifPresent(grade -> task.setPriority(grade.taskPriority()));
  }
}
