package uk.police.gatekeeper.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.police.gatekeeper.GatekeeperTest;
import uk.police.gatekeeper.identity.TasklistFilters;

/** A real headless Chromium logs into Tasklist and sees the filters of the user's role. */
@GatekeeperTest
class TasklistBrowserIT extends TasklistBrowserTest {

  @Test
  void anApplicantSeesTheirFourWorkFiltersButNotTheUnitView() {
    List<String> filters = logIntoTasklistAndReadFilters("alice");

    assertThat(filters).contains(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS,
        TasklistFilters.OVERDUE, TasklistFilters.URGENT);
    assertThat(filters).doesNotContain(TasklistFilters.ALL_UNIT_TASKS);
  }

  @Test
  void aManagerAlsoSeesEveryOpenTaskOfTheUnit() {
    assertThat(logIntoTasklistAndReadFilters("mona")).contains(TasklistFilters.URGENT, TasklistFilters.ALL_UNIT_TASKS);
  }

  private List<String> logIntoTasklistAndReadFilters(String user) {
    logIntoTasklist(user);
    // Each filter is a list entry whose heading is its name (the focused one also shows its count).
    return browser.findElements(By.cssSelector("[ng-click='focus(filter)'] .name")).stream()
        .map(WebElement::getText).map(text -> text.replaceAll("\\s+\\d+$", "").strip())
        .toList();
  }
}
