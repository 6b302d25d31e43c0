package uk.police.gatekeeper.csp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The communications service providers this unit may ask for data ({@code gatekeeper.csps}): id,
 * display name and the identifier types each serves. The CSP interface adds endpoints and credentials.
 */
@ConfigurationProperties(prefix = "gatekeeper")
public class CspProperties {

  private List<Csp> csps = new ArrayList<>();

  public List<Csp> getCsps() {
    return csps;
  }

  public void setCsps(List<Csp> csps) {
    this.csps = csps;
  }

  public static class Csp {
    private String id;
    private String name;
    private Set<String> identifierTypes = Set.of();

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Set<String> getIdentifierTypes() {
      return identifierTypes;
    }

    public void setIdentifierTypes(Set<String> identifierTypes) {
      this.identifierTypes = identifierTypes;
    }
  }
}
