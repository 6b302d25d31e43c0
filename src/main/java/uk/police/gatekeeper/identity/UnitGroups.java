package uk.police.gatekeeper.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Creates the contract's groups and memberships, leaving existing ones as they are. */
@Component
public class UnitGroups {

  private final IdentityService identityService;

  public UnitGroups(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void ensureAll() {
    for (UnitGroup unitGroup : UnitGroup.values()) {
      if (identityService.createGroupQuery().groupId(unitGroup.id()).count() == 0) {
        Group group = identityService.newGroup(unitGroup.id());
        group.setName(unitGroup.displayName());
        group.setType(UnitGroup.TYPE);
        identityService.saveGroup(group);
      }
    }
  }

  public void ensureMember(String userId, UnitGroup group) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(group.id()).count() == 0) {
      identityService.createMembership(userId, group.id());
    }
  }
}
