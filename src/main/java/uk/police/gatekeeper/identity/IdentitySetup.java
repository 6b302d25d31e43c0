package uk.police.gatekeeper.identity;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, brings groups, authorizations, Tasklist filters and the profile's users to the state
 * the contract describes. Every step is idempotent, so restarts and a second node change nothing.
 */
@Component
public class IdentitySetup implements ApplicationRunner {

  private final UnitGroups groups;
  private final AccessPolicy policy;
  private final AuthorizationSync authorizations;
  private final TasklistFilters filters;
  private final List<UserProvisioning> users;

  public IdentitySetup(UnitGroups groups, AccessPolicy policy, AuthorizationSync authorizations,
      TasklistFilters filters, List<UserProvisioning> users) {
    this.groups = groups;
    this.policy = policy;
    this.authorizations = authorizations;
    this.filters = filters;
    this.users = users;
  }

  @Override
  public void run(ApplicationArguments args) {
    groups.ensureAll();
    authorizations.apply(policy.grants());
    filters.ensure();
    users.forEach(UserProvisioning::provision);
  }
}
