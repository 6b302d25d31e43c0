package uk.police.gatekeeper.audit;

import org.camunda.bpm.engine.IdentityService;

/** Who is acting: the authenticated user, or {@code system} for timers, jobs and start-up work. */
public final class Actor {

  public static final String SYSTEM = "system";

  private Actor() {
  }

  public static String of(IdentityService identityService) {
    var authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
  }
}
