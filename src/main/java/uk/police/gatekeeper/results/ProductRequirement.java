package uk.police.gatekeeper.results;

import java.util.List;
import java.util.Map;

/**
 * One authorised data requirement and what the CSP returned for it, as the products show it.
 * {@code outcome} is {@code RESULTS} or {@code NIL_RETURN}; each record carries {@code identifier},
 * {@code dataType}, {@code timestamp} and the CSP's data fields. Record values come from the CSP and
 * are treated as untrusted text.
 */
public record ProductRequirement(int position, String identifierType, String identifierAsTyped, String identifierNormalised,
    String dataType, String cspId, String cspName, String from, String to, String outcome /* RESULTS, NIL_RETURN */,
    List<Map<String, Object>> records /* each record: identifier, dataType, timestamp, plus data fields */,
    String cspRequestReference, String receivedAt) {}
