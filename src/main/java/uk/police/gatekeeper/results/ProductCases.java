package uk.police.gatekeeper.results;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationRegistry;
import uk.police.gatekeeper.csp.ConfiguredCsps;
import uk.police.gatekeeper.csp.CspMessages;
import uk.police.gatekeeper.csp.CspProperties;
import uk.police.gatekeeper.csp.CspRequests;
import uk.police.gatekeeper.csp.CspResponseMessage;

/**
 * Assembles what a product shows from Gatekeeper's records: the case, what was authorised and by whom,
 * and only the deliveries that passed their checks and are not quarantined.
 */
@Component
public class ProductCases {

  private final ApplicationRegistry registry;
  private final CspRequests requests;
  private final ConfiguredCsps csps;
  private final Clock clock;

  public ProductCases(ApplicationRegistry registry, CspRequests requests, ConfiguredCsps csps, Clock clock) {
    this.registry = registry;
    this.requests = requests;
    this.csps = csps;
    this.clock = clock;
  }

  public ProductCase of(Map<String, Object> application, String producedBy) {
    String reference = (String) application.get("reference");
    Map<Integer, Map<String, Object>> releasable = new LinkedHashMap<>();
    requests.releasableResponses(reference).forEach(row -> releasable.put(((Number) row.get("position")).intValue(), row));
    List<Map<String, Object>> decisions = registry.decisions(reference);

    List<ProductRequirement> requirements = new ArrayList<>();
    for (Map<String, Object> requirement : registry.requirements(reference)) {
      int position = ((Number) requirement.get("position")).intValue();
      Map<String, Object> delivery = releasable.get(position);
      CspResponseMessage message = delivery == null ? null
          : CspMessages.responseFromJson((String) delivery.get("body")).message();
      String cspId = (String) requirement.get("csp");
      requirements.add(new ProductRequirement(position, (String) requirement.get("identifier_type"),
          (String) requirement.get("identifier"), (String) requirement.get("identifier_normalised"),
          (String) requirement.get("data_type"), cspId, csps.find(cspId).map(CspProperties.Csp::getName).orElse(cspId),
          (String) requirement.get("period_from"), (String) requirement.get("period_to"),
          message == null ? "NOT_RELEASED" : message.status().name(),
          message == null ? List.of() : message.records(),
          delivery == null ? null : (String) delivery.get("request_reference"),
          delivery == null ? null : String.valueOf(delivery.get("received_at"))));
    }
    return new ProductCase(reference, (String) application.get("operation_name"),
        (String) application.get("statutory_purpose"), (String) application.get("offence"),
        (String) application.get("applicant"), decidedBy(decisions, "SPOC_REVIEW", "ACCEPT"),
        decidedBy(decisions, "AUTHORISATION", null), (String) application.get("authorisation_route"),
        String.valueOf(application.get("authorised_at")), String.valueOf(application.get("authorisation_expires_at")),
        requirements, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), producedBy);
  }

  /** The last person to take that decision (an application may have gone round more than once). */
  private static String decidedBy(List<Map<String, Object>> decisions, String stage, String outcome) {
    String who = null;
    for (Map<String, Object> decision : decisions) {
      if (stage.equals(decision.get("stage")) && (outcome == null || outcome.equals(decision.get("outcome"))
          || String.valueOf(decision.get("outcome")).startsWith("AUTHORISED"))) {
        who = (String) decision.get("decided_by");
      }
    }
    return who;
  }
}
