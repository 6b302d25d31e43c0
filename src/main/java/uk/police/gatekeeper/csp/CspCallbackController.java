package uk.police.gatekeeper.csp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/csp/{cspId}/responses}: where CSPs deliver results. Each CSP authenticates as
 * itself (HTTP Basic, user = its id, password = its callback secret), not as a Gatekeeper user.
 * Answers: 401 bad credentials, 400 malformed body with every reason, 404 unknown reference, 200
 * accepted or already accepted, 503 with Retry-After while the request is still being sent.
 */
@RestController
public class CspCallbackController {

  private final ConfiguredCsps csps;
  private final CspDeliveries deliveries;

  public CspCallbackController(ConfiguredCsps csps, CspDeliveries deliveries) {
    this.csps = csps;
    this.deliveries = deliveries;
  }

  @PostMapping(path = "/api/csp/{cspId}/responses", consumes = "*/*")
  public ResponseEntity<Map<String, Object>> deliver(@PathVariable String cspId,
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody(required = false) String body) {
    if (!authenticated(cspId, authorization)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"gatekeeper-csp\"")
          .body(Map.of("message", "CSP credentials required"));
    }
    CspResponseReading reading = CspMessages.responseFromJson(body == null ? "" : body);
    if (!reading.isValid()) {
      return ResponseEntity.badRequest().body(Map.of("message", "The delivery was not accepted",
          "problems", reading.problems().stream().map(p -> p.field() + ": " + p.rule()).toList()));
    }
    CspResponseMessage message = reading.message();
    Optional<Map<String, Object>> request = deliveries.request(cspId, message.requestReference());
    if (request.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(Map.of("message", "No request " + message.requestReference() + " was made to " + cspId));
    }
    CspDeliveries.Outcome outcome = deliveries.deliver(request.get(), message, body);
    if (outcome == CspDeliveries.Outcome.NOT_YET_SENT) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
          .body(Map.of("message", "The request is still being sent; deliver again shortly"));
    }
    return ResponseEntity.ok(Map.of("requestReference", message.requestReference(), "outcome", outcome.name()));
  }

  private boolean authenticated(String cspId, String authorization) {
    Optional<CspProperties.Csp> csp = csps.find(cspId);
    if (csp.isEmpty() || csp.get().getCallbackSecret() == null || authorization == null
        || !authorization.startsWith("Basic ")) {
      return false;
    }
    String expected = cspId + ":" + csp.get().getCallbackSecret();
    byte[] given;
    try {
      given = Base64.getDecoder().decode(authorization.substring("Basic ".length()).trim());
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    // Constant-time comparison: the time taken must not reveal how much of a secret was right.
    return MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8));
  }
}
