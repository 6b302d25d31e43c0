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

  public ConfiguredCsps(CspProperties properties) {
    this.identifierTypesByCsp = properties.getCsps().stream()
        .collect(Collectors.toUnmodifiableMap(CspProperties.Csp::getId, CspProperties.Csp::getIdentifierTypes));
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
