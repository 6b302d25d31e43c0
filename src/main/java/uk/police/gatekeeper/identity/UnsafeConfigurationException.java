package uk.police.gatekeeper.identity;

/** Start-up refused because a setting would make Gatekeeper unsafe to run. */
public class UnsafeConfigurationException extends RuntimeException {

  private final String setting;

  public UnsafeConfigurationException(String setting, String message) {
    super(message);
    this.setting = setting;
  }

  /** The property (and environment variable) that has to change. */
  public String setting() {
    return setting;
  }
}
