package uk.police.gatekeeper.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.gatekeeper.GatekeeperTest;

/** Grade 1 and 2 work stands out: its tasks get a high priority and the "Urgent" filter lists them. */
@GatekeeperTest
class UrgentWorkTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void gradeOneAndTwoTasksAreInTheUrgentFilterOfTheSpocsButRoutineWorkIsNot() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("audit-probe").count() == 0) {
      repositoryService.createDeployment().name("audit-probe")
          .addClasspathResource("bpmn-test/audit-probe.bpmn")
          .addClasspathResource("bpmn-test/audit-probe.form").deploy();
    }
    runtimeService.startProcessInstanceByKey("audit-probe", "CD-2026-910001", Map.of("priority", "GRADE_1"));
    runtimeService.startProcessInstanceByKey("audit-probe", "CD-2026-910002", Map.of("priority", "GRADE_2"));
    runtimeService.startProcessInstanceByKey("audit-probe", "CD-2026-910003", Map.of("priority", "ROUTINE"));

    assertThat(urgentFor("sam", "spoc")).contains("CD-2026-910001", "CD-2026-910002")
        .doesNotContain("CD-2026-910003");
    assertThat(urgentFor("alice", "applicants")).doesNotContain("CD-2026-910001", "CD-2026-910002");
  }

  private List<String> urgentFor(String user, String group) {
    identityService.setAuthentication(user, List.of(group));
    Filter urgent = filterService.createFilterQuery().filterName(TasklistFilters.URGENT).singleResult();
    List<Task> tasks = filterService.list(urgent.getId());
    identityService.clearAuthentication();
    return tasks.stream().map(task -> runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey()).toList();
  }
}
