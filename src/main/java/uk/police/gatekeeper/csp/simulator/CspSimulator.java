package uk.police.gatekeeper.csp.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.police.gatekeeper.csp.ConfiguredCsps;
import uk.police.gatekeeper.csp.CspMessages;
import uk.police.gatekeeper.csp.CspProperties;
import uk.police.gatekeeper.csp.CspRequestMessage;
import uk.police.gatekeeper.csp.SimulatorTrigger;
import uk.police.gatekeeper.csp.SyntheticCspData;

/**
 * The built-in CSP of the demo profile ({@code gatekeeper.simulator.enabled}; off in {@code prod}). It
 * speaks the real interface: takes requests at {@code /simulator/csp/{cspId}/requests} with Gatekeeper's
 * credentials and, after a delay, delivers deterministic synthetic data to Gatekeeper's callback as that
 * CSP. Documented trigger identifiers make it misbehave on purpose (docs/csp-interface.md).
 */
@RestController
@ConditionalOnProperty(name = "gatekeeper.simulator.enabled", havingValue = "true")
public class CspSimulator {

  private static final Logger LOG = LoggerFactory.getLogger(CspSimulator.class);
  private static final int DELIVERY_ATTEMPTS = 20;

  private final ConfiguredCsps csps;
  private final Environment environment;
  private final Duration delay;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "csp-simulator");
    thread.setDaemon(true);
    return thread;
  });
  private final HttpClient http = HttpClient.newHttpClient();

  public CspSimulator(ConfiguredCsps csps, Environment environment,
      @Value("${gatekeeper.simulator.answer-delay:PT2S}") Duration delay) {
    this.csps = csps;
    this.environment = environment;
    this.delay = delay;
  }

  @PostMapping("/simulator/csp/{cspId}/requests")
  public ResponseEntity<Map<String, Object>> request(@PathVariable String cspId,
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody String body) {
    CspProperties.Csp csp = csps.find(cspId).orElse(null);
    if (csp == null || !basic(csp.getUsername(), csp.getPassword()).equals(authorization)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "Unknown CSP or wrong credentials"));
    }
    CspRequestMessage request = CspMessages.requestFromJson(body);
    SimulatorTrigger trigger = SimulatorTrigger.of(request).orElse(null);
    if (trigger == SimulatorTrigger.SERVER_ERROR) {
      return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Map.of("message", "Simulated CSP failure"));
    }
    if (trigger != SimulatorTrigger.NEVER_ANSWERS) {
      String answer = trigger == null ? CspMessages.toJson(SyntheticCspData.answer(request))
          : SyntheticCspData.misbehave(trigger, request).orElseThrow();
      scheduler.schedule(() -> deliver(csp, answer, 1), delay.toMillis(), TimeUnit.MILLISECONDS);
    }
    return ResponseEntity.accepted().body(Map.of("requestReference", request.requestReference()));
  }

  @PostMapping("/simulator/csp/{cspId}/requests/cancellations")
  public ResponseEntity<Map<String, Object>> cancellation(@PathVariable String cspId, @RequestBody String body) {
    LOG.info("Simulated CSP {} received a cancellation: {}", cspId, body);
    return ResponseEntity.ok(Map.of("cancelled", true));
  }

  /** Delivers like a real CSP would: again, shortly, while Gatekeeper says it is not ready (503). */
  private void deliver(CspProperties.Csp csp, String answer, int attempt) {
    String url = "http://localhost:" + environment.getProperty("local.server.port") + "/api/csp/" + csp.getId()
        + "/responses";
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
          .header("Content-Type", "application/json")
          .header(HttpHeaders.AUTHORIZATION, basic(csp.getId(), csp.getCallbackSecret()))
          .POST(HttpRequest.BodyPublishers.ofString(answer, StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString());
      if ((response.statusCode() == 503 || response.statusCode() == 500) && attempt < DELIVERY_ATTEMPTS) {
        scheduler.schedule(() -> deliver(csp, answer, attempt + 1), 1, TimeUnit.SECONDS);
      } else if (response.statusCode() / 100 != 2) {
        LOG.info("Simulated CSP {} delivery answered {}: {}", csp.getId(), response.statusCode(), response.body());
      }
    } catch (Exception e) {
      LOG.warn("Simulated CSP {} could not deliver: {}", csp.getId(), e.getMessage());
    }
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @PreDestroy
  void stop() {
    scheduler.shutdownNow();
  }
}
