package uk.police.gatekeeper.csp;

/** A CSP could not take a request now. The engine retries the job, then raises an incident. */
public class CspUnavailableException extends RuntimeException {

  public CspUnavailableException(String message) {
    super(message);
  }

  public CspUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
