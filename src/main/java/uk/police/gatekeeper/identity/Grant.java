package uk.police.gatekeeper.identity;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** One GRANT authorization: a group may do these things to this resource. */
public record Grant(UnitGroup group, Resource resource, String resourceId, List<Permission> permissions) {

  public static Grant of(UnitGroup group, Resource resource, String resourceId, Permission... permissions) {
    return new Grant(group, resource, resourceId, List.of(permissions));
  }
}
