package uk.police.gatekeeper.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import uk.police.gatekeeper.GatekeeperApplication;

/**
 * Outside the demo profile Gatekeeper refuses to start with the demo password or no administrator
 * password, and says which setting to change. The refusal comes before any database is opened.
 */
class StartupRefusalTest {

  @Test
  void prodWithTheDemoPasswordRefusesToStartAndNamesTheSetting() {
    assertThatThrownBy(() -> start("prod", "demo"))
        .hasMessageContaining("gatekeeper.admin.password")
        .hasMessageContaining("GATEKEEPER_ADMIN_PASSWORD")
        .hasMessageContaining("demo password");
  }

  @Test
  void prodWithoutAnAdministratorPasswordRefusesToStart() {
    assertThatThrownBy(() -> start("prod", ""))
        .hasMessageContaining("GATEKEEPER_ADMIN_PASSWORD")
        .hasMessageContaining("empty");
  }

  @Test
  void demoAndProdTogetherRefuseToStart() {
    assertThatThrownBy(() -> start("demo,prod", "a-real-secret-123"))
        .hasMessageContaining("'demo' and 'prod' profiles cannot be active together");
  }

  private static void start(String profiles, String adminPassword) {
    new SpringApplicationBuilder(GatekeeperApplication.class)
        // Command-line arguments outrank application.yaml, as the environment variables do.
        .run("--spring.profiles.active=" + profiles,
            "--gatekeeper.admin.password=" + adminPassword,
            // Were the guard to let it through, no database would be reachable: the test fails clearly.
            "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/not-there",
            "--server.port=0")
        .close();
  }
}
