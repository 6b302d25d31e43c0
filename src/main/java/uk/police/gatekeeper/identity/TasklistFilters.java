package uk.police.gatekeeper.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.sla.Grade;

/**
 * The shared Tasklist filters. They are written with {@code currentUser()} / {@code currentUserGroups()}
 * so one filter serves every role, and each is readable only by the groups named here.
 */
@Component
public class TasklistFilters {

  public static final String MY_TASKS = "My tasks";
  public static final String MY_GROUPS_TASKS = "My group's tasks";
  public static final String OVERDUE = "Overdue";
  public static final String URGENT = "Urgent (Grade 1 and 2)";
  public static final String ALL_UNIT_TASKS = "All unit tasks";

  private static final List<Map<String, String>> CASE_COLUMNS = List.of(
      Map.of("name", "applicationReference", "label", "Reference"),
      Map.of("name", "priority", "label", "Grade"),
      Map.of("name", "status", "label", "Status"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationSync authorizations;

  public TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationSync authorizations) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizations = authorizations;
  }

  public void ensure() {
    List<UnitGroup> everyone = UnitGroup.tasklistUsers();
    ensure(MY_TASKS, 10, "Tasks assigned to me",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), everyone);
    ensure(MY_GROUPS_TASKS, 20, "Every open task of my groups, claimed or not",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        everyone);
    ensure(OVERDUE, 30, "My tasks and my groups' tasks past their due date",
        mineOrMyGroups().dueBeforeExpression("${now()}"), everyone);
    ensure(URGENT, 40, "Grade 1 (threat to life) and Grade 2 (exceptionally urgent) work",
        mineOrMyGroups().taskMinPriority(Grade.URGENT_TASK_PRIORITY), everyone);
    ensure(ALL_UNIT_TASKS, 50, "Every open task in the unit, for managers watching queues",
        taskService.createTaskQuery(), List.of(UnitGroup.CDIU_MANAGERS));
  }

  private TaskQuery mineOrMyGroups() {
    return taskService.createTaskQuery()
        .or()
          .taskAssigneeExpression("${currentUser()}")
          .taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr();
  }

  private void ensure(String name, int order, String description, TaskQuery query, List<UnitGroup> readers) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("priority", order);
      properties.put("description", description);
      properties.put("refresh", true);
      properties.put("variables", CASE_COLUMNS);
      filter = filterService.newTaskFilter(name).setProperties(properties).setQuery(query);
      filterService.saveFilter(filter);
    }
    for (UnitGroup reader : readers) {
      authorizations.apply(Grant.of(reader, Resources.FILTER, filter.getId(), Permissions.READ));
    }
  }
}
