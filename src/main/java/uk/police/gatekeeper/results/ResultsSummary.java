package uk.police.gatekeeper.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.csp.CspMessages;
import uk.police.gatekeeper.csp.CspRequests;
import uk.police.gatekeeper.csp.CspResponseReading;

/**
 * What the SPoC's review form lists: each request's identifier, CSP, check outcome and record count.
 * Only counts travel in process variables; the data itself stays in Gatekeeper's tables.
 */
@Component
public class ResultsSummary {

  private final CspRequests requests;

  public ResultsSummary(CspRequests requests) {
    this.requests = requests;
  }

  public List<Map<String, Object>> of(String applicationReference) {
    List<Map<String, Object>> summary = new ArrayList<>();
    for (Map<String, Object> request : requests.forApplication(applicationReference)) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("position", request.get("position"));
      line.put("identifier", CspMessages.requestFromJson((String) request.get("message")).identifier());
      line.put("csp", request.get("csp"));
      Map<String, Object> response = requests.latestResponse((String) request.get("reference")).orElse(null);
      line.put("outcome", response == null ? String.valueOf(request.get("status")) : response.get("outcome"));
      CspResponseReading reading = response == null || Boolean.TRUE.equals(response.get("quarantined")) ? null
          : CspMessages.responseFromJson((String) response.get("body"));
      line.put("records", reading == null || !reading.isValid() ? 0 : reading.message().records().size());
      summary.add(line);
    }
    return summary;
  }
}
