package uk.police.gatekeeper.csp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How Gatekeeper talks to CSPs, as configured ({@code gatekeeper.csp.*}). */
@Component("cspSettings")
public class CspSettings {

  private final String countryCode;
  private final String organisationId;
  private final String retryCycle;
  private final java.time.Duration requestTimeout;

  public CspSettings(@Value("${gatekeeper.csp.country-code:GB}") String countryCode,
      @Value("${gatekeeper.csp.organisation-id:GKPR}") String organisationId,
      @Value("${gatekeeper.csp.retry-cycle:R3/PT5M}") String retryCycle,
      @Value("${gatekeeper.csp.request-timeout:PT10S}") java.time.Duration requestTimeout) {
    this.countryCode = countryCode;
    this.organisationId = organisationId;
    this.retryCycle = retryCycle;
    this.requestTimeout = requestTimeout;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  /** The engine's retry cycle for a failed send (ISO 8601 repeat), e.g. {@code R3/PT5M}: then an incident. */
  public String getRetryCycle() {
    return retryCycle;
  }

  public java.time.Duration getRequestTimeout() {
    return requestTimeout;
  }
}
