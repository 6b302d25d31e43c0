package uk.police.gatekeeper.platform;

/**
 * Settings the test command ({@code scripts/test}) provides: a PostgreSQL server and Chromium. A suite
 * that needs one fails with this message when it is missing; it never skips silently.
 */
public final class TestEnvironment {

  private TestEnvironment() {
  }

  public static String require(String variable) {
    String value = System.getenv(variable);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(variable + " is not set: run the suites that need PostgreSQL and "
          + "Chromium through scripts/test, which installs and starts them");
    }
    return value;
  }
}
