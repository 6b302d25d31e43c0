package uk.police.gatekeeper.identity;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.springframework.stereotype.Component;

/**
 * Makes the engine's GRANT authorizations hold at least the policy's permissions. Idempotent: it adds
 * what is missing and never removes what an administrator granted by hand in Admin.
 */
@Component
public class AuthorizationSync {

  private final AuthorizationService authorizationService;

  public AuthorizationSync(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void apply(List<Grant> grants) {
    grants.forEach(this::apply);
  }

  public void apply(Grant grant) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(grant.group().id())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(grant.group().id());
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
    } else if (grant.permissions().stream().allMatch(authorization::isPermissionGranted)) {
      return;
    }
    for (Permission permission : grant.permissions()) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
