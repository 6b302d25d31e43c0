package uk.police.gatekeeper.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start, before any database is touched, when the demo password or an empty administrator
 * password would be used outside the {@code demo} profile, or when {@code demo} is mixed with {@code prod}.
 * Runs after Spring Boot has read the configuration files, so profile defaults are already known.
 */
public class StartupPasswordGuard implements EnvironmentPostProcessor, Ordered {

  static final String DEMO_PROFILE = "demo";
  static final String PROD_PROFILE = "prod";
  /** The demo profile's documented default; it must never protect a real account. */
  static final String PUBLISHED_DEMO_VALUE = "demo";
  static final String ADMIN_PASSWORD = "gatekeeper.admin.password";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    boolean demo = environment.acceptsProfiles(Profiles.of(DEMO_PROFILE));
    if (demo && environment.acceptsProfiles(Profiles.of(PROD_PROFILE))) {
      throw new UnsafeConfigurationException("spring.profiles.active",
          "The 'demo' and 'prod' profiles cannot be active together: 'demo' creates demo users with a "
              + "published password. Set spring.profiles.active (SPRING_PROFILES_ACTIVE) to 'prod' alone.");
    }
    if (demo) {
      return;
    }
    String adminPassword = environment.getProperty(ADMIN_PASSWORD, "");
    if (adminPassword.isBlank()) {
      throw new UnsafeConfigurationException(ADMIN_PASSWORD,
          "Refusing to start outside the demo profile: " + ADMIN_PASSWORD
              + " (environment variable GATEKEEPER_ADMIN_PASSWORD) is empty. Set it to the first "
              + "administrator's password.");
    }
    String demoPassword = System.getenv().getOrDefault("GATEKEEPER_DEMO_PASSWORD", PUBLISHED_DEMO_VALUE);
    if (adminPassword.equals(PUBLISHED_DEMO_VALUE) || adminPassword.equals(demoPassword)) {
      throw new UnsafeConfigurationException(ADMIN_PASSWORD,
          "Refusing to start outside the demo profile: " + ADMIN_PASSWORD
              + " (environment variable GATEKEEPER_ADMIN_PASSWORD) is the demo password. "
              + "Choose a password of your own.");
    }
  }

  @Override
  public int getOrder() {
    // After ConfigDataEnvironmentPostProcessor, so application-*.yaml and the profiles are loaded.
    return Ordered.LOWEST_PRECEDENCE;
  }
}
