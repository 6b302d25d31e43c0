package uk.police.gatekeeper.csp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The communications service providers this unit may ask for data ({@code gatekeeper.csps}): id,
 * display name, the identifier types each serves, where requests go and the credentials both ways.
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
    /** Where requests go (HTTP POST); cancellations go to {@code <endpoint>/cancellations}. */
    private String endpoint;
    /** Gatekeeper's credentials at the CSP (HTTP Basic). */
    private String username;
    private String password;
    /** The secret the CSP presents, as HTTP Basic user {@code <id>}, when it delivers results. */
    private String callbackSecret;

    public String getEndpoint() {
      return endpoint;
    }

    public void setEndpoint(String endpoint) {
      this.endpoint = endpoint;
    }

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public String getCallbackSecret() {
      return callbackSecret;
    }

    public void setCallbackSecret(String callbackSecret) {
      this.callbackSecret = callbackSecret;
    }

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
