package uk.police.gatekeeper.identity;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Each accredited SPoC's PIN, which CSPs check on every request: {@code gatekeeper.spoc-pins.<user>}.
 * Kept on the Camunda user (user info {@code spocPin}) so it follows the person, not the node.
 */
@Component
@EnableConfigurationProperties(SpocPins.Settings.class)
public class SpocPins implements UserProvisioning {

  public static final String USER_INFO = "spocPin";

  private final IdentityService identityService;
  private final Settings settings;

  public SpocPins(IdentityService identityService, Settings settings) {
    this.identityService = identityService;
    this.settings = settings;
  }

  @Override
  public void provision() {
    settings.getSpocPins().forEach((user, pin) -> {
      if (identityService.createUserQuery().userId(user).count() > 0
          && !pin.equals(identityService.getUserInfo(user, USER_INFO))) {
        identityService.setUserInfo(user, USER_INFO, pin);
      }
    });
  }

  @ConfigurationProperties(prefix = "gatekeeper")
  public static class Settings {
    private Map<String, String> spocPins = new HashMap<>();

    public Map<String, String> getSpocPins() {
      return spocPins;
    }

    public void setSpocPins(Map<String, String> spocPins) {
      this.spocPins = spocPins;
    }
  }
}
