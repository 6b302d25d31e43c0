package uk.police.gatekeeper.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.gatekeeper.GatekeeperTest;

/** The demo profile's people, groups, permissions and Tasklist filters, created once and only once. */
@GatekeeperTest
class IdentitySetupTest {

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired IdentitySetup setup;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void theContractsGroupsAndDemoUsersExist() {
    assertThat(identityService.createGroupQuery().list()).extracting(g -> g.getId()).contains(
        "applicants", "spoc", "authorisers", "ocda", "sro", "intelligence-officers", "cdiu-managers", "camunda-admin");
    assertThat(members("applicants")).containsExactlyInAnyOrder("alice", "bob");
    assertThat(members("spoc")).containsExactlyInAnyOrder("sam", "steve");
    assertThat(members("authorisers")).containsExactly("dora");
    assertThat(members("ocda")).containsExactly("olga");
    assertThat(members("sro")).containsExactly("sara");
    assertThat(members("intelligence-officers")).containsExactlyInAnyOrder("ian", "iris");
    assertThat(members("cdiu-managers")).containsExactly("mona");
    assertThat(members("camunda-admin")).containsExactly("admin");
    assertThat(identityService.checkPassword("sara", "demo")).isTrue();
  }

  @Test
  void runningTheSetupAgainChangesNothing() {
    long users = identityService.createUserQuery().count();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long filters = filterService.createFilterQuery().count();

    setup.run(null);

    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
  }

  @Test
  void everyRoleSeesTheFourWorkFiltersAndOnlyManagersSeeTheWholeUnit() {
    List<String> work = List.of(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS,
        TasklistFilters.OVERDUE, TasklistFilters.URGENT);

    assertThat(filtersVisibleTo("alice", "applicants")).containsExactlyElementsOf(work);
    assertThat(filtersVisibleTo("sam", "spoc")).containsExactlyElementsOf(work);
    assertThat(filtersVisibleTo("mona", "cdiu-managers"))
        .containsAll(work).contains(TasklistFilters.ALL_UNIT_TASKS);
  }

  @Test
  void onlySpocsManagersAndProcessOwnersMayOpenCockpit() {
    for (UnitGroup group : UnitGroup.values()) {
      boolean cockpit = authorizationService.isUserAuthorized("someone", List.of(group.id()),
          org.camunda.bpm.engine.authorization.Permissions.ACCESS,
          org.camunda.bpm.engine.authorization.Resources.APPLICATION, "cockpit");
      assertThat(cockpit).as(group.id())
          .isEqualTo(group == UnitGroup.SPOC || group == UnitGroup.CDIU_MANAGERS || group == UnitGroup.CAMUNDA_ADMIN);
    }
  }

  private List<String> members(String group) {
    return identityService.createUserQuery().memberOfGroup(group).list().stream().map(u -> u.getId()).toList();
  }

  private List<String> filtersVisibleTo(String user, String group) {
    identityService.setAuthentication(user, List.of(group));
    try {
      return filterService.createTaskFilterQuery().list().stream()
          .sorted(java.util.Comparator.comparing(f -> ((Number) f.getProperties().get("priority")).intValue()))
          .map(Filter::getName).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
