package uk.police.gatekeeper.csp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Posts JSON to a CSP over HTTP with Gatekeeper's credentials there; anything but 2xx is a failure. */
@Component
public class CspClient {

  private final HttpClient http;
  private final CspSettings settings;
  private final Environment environment;

  public CspClient(CspSettings settings, Environment environment) {
    this.settings = settings;
    this.environment = environment;
    this.http = HttpClient.newBuilder().connectTimeout(settings.getRequestTimeout()).build();
  }

  public void post(CspProperties.Csp csp, String path, String json) {
    String url = absolute(csp.getEndpoint()) + path;
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .timeout(settings.getRequestTimeout())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (csp.getUsername() != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (csp.getUsername() + ":" + csp.getPassword()).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new CspUnavailableException("CSP " + csp.getId() + " did not answer at " + url + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CspUnavailableException("Interrupted while sending to CSP " + csp.getId(), e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new CspUnavailableException("CSP " + csp.getId() + " answered HTTP " + response.statusCode() + " at " + url);
    }
  }

  /** A path-only endpoint is this node itself (the demo's built-in simulator), on the port it listens on. */
  private String absolute(String endpoint) {
    return endpoint.startsWith("/") ? "http://localhost:" + environment.getProperty("local.server.port") + endpoint
        : endpoint;
  }
}
