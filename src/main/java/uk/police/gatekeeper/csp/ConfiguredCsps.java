package uk.police.gatekeeper.csp;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.CspDirectory;

/** The CSP directory as configured: which CSPs exist and which identifier types each serves. */
@Component
@EnableConfigurationProperties(CspProperties.class)
public class ConfiguredCsps implements CspDirectory {

  private final Map<String, Set<String>> identifierTypesByCsp;
  private final Map<String, CspProperties.Csp> byId;

  public ConfiguredCsps(CspProperties properties) {
    this.identifierTypesByCsp = properties.getCsps().stream()
        .collect(Collectors.toUnmodifiableMap(CspProperties.Csp::getId, CspProperties.Csp::getIdentifierTypes));
    this.byId = properties.getCsps().stream()
        .collect(Collectors.toUnmodifiableMap(CspProperties.Csp::getId, csp -> csp));
  }

  /** The CSP's settings; an unknown id is a configuration fault, never a user's input. */
  public CspProperties.Csp get(String cspId) {
    CspProperties.Csp csp = byId.get(cspId);
    if (csp == null) {
      throw new IllegalStateException("CSP '" + cspId + "' is not configured (gatekeeper.csps)");
    }
    return csp;
  }

  public java.util.Optional<CspProperties.Csp> find(String cspId) {
    return java.util.Optional.ofNullable(cspId == null ? null : byId.get(cspId));
  }

  @Override
  public boolean exists(String cspId) {
    return cspId != null && identifierTypesByCsp.containsKey(cspId);
  }

  @Override
  public boolean serves(String cspId, String identifierType) {
    return exists(cspId) && identifierTypesByCsp.get(cspId).contains(identifierType);
  }
}
