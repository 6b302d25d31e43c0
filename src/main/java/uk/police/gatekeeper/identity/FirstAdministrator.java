package uk.police.gatekeeper.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile: creates the first process owner from {@code GATEKEEPER_ADMIN_USER} and
 * {@code GATEKEEPER_ADMIN_PASSWORD} while the {@code camunda-admin} group has no member. Once someone
 * administers the unit, the settings are ignored, so a restart never resets a changed password.
 */
@Component
@Profile("!demo")
public class FirstAdministrator implements UserProvisioning {

  private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

  private final IdentityService identityService;
  private final UnitGroups groups;
  private final String userId;
  private final String password;

  public FirstAdministrator(IdentityService identityService, UnitGroups groups,
      @Value("${gatekeeper.admin.user}") String userId, @Value("${gatekeeper.admin.password}") String password) {
    this.identityService = identityService;
    this.groups = groups;
    this.userId = userId;
    this.password = password;
  }

  @Override
  public void provision() {
    if (identityService.createUserQuery().memberOfGroup(UnitGroup.CAMUNDA_ADMIN.id()).count() > 0) {
      return;
    }
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName("Process");
      user.setLastName("Owner");
      user.setPassword(password);
      identityService.saveUser(user);
    }
    groups.ensureMember(userId, UnitGroup.CAMUNDA_ADMIN);
    LOG.info("Created the first administrator '{}' (group camunda-admin)", userId);
  }
}
