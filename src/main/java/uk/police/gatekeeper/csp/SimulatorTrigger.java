package uk.police.gatekeeper.csp;

import java.util.Arrays;
import java.util.Optional;
import uk.police.gatekeeper.application.IdentifierType;

/**
 * Identifiers that make the built-in CSP simulator misbehave on purpose, so that every failure path
 * can be shown and tested (docs/csp-interface.md). All are MSISDNs in Ofcom's drama range (07700
 * 900000 to 900999), which is never allocated to a real subscriber. Any other identifier gets a
 * well-behaved answer.
 */
public enum SimulatorTrigger {
  /** The CSP holds nothing: a NIL_RETURN. */
  NIL_RETURN("+447700900001", 202, true),
  /** Every request is answered HTTP 500; nothing is ever delivered. */
  SERVER_ERROR("+447700900002", 500, false),
  /** The request is accepted but no answer ever comes. */
  NEVER_ANSWERS("+447700900003", 202, false),
  /** The answer is not well-formed JSON. */
  MALFORMED_BODY("+447700900004", 202, true),
  /** The answer's record is for another identifier (two digits transposed). */
  WRONG_IDENTIFIER("+447700900005", 202, true),
  /** The answer's record lies outside the period: the CSP's clock was an hour out. */
  OUTSIDE_PERIOD("+447700900006", 202, true),
  /** The answer's record carries a field beyond the data type asked for. */
  EXCESS_DATA("+447700900007", 202, true);

  private final String msisdn;
  private final int requestStatus;
  private final boolean callsBack;

  SimulatorTrigger(String msisdn, int requestStatus, boolean callsBack) {
    this.msisdn = msisdn;
    this.requestStatus = requestStatus;
    this.callsBack = callsBack;
  }

  /** The normalised MSISDN (E.164) that pulls this trigger. */
  public String msisdn() {
    return msisdn;
  }

  /** The HTTP status the simulator gives Gatekeeper's request: 202 accepted, or 500. */
  public int requestStatus() {
    return requestStatus;
  }

  /** Whether the simulator ever posts a callback for the request. */
  public boolean callsBack() {
    return callsBack;
  }

  /** The trigger pulled by a normalised identifier, if any; only MSISDNs are triggers. */
  public static Optional<SimulatorTrigger> of(IdentifierType type, String normalisedIdentifier) {
    if (type != IdentifierType.MSISDN) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(t -> t.msisdn.equals(normalisedIdentifier)).findFirst();
  }

  public static Optional<SimulatorTrigger> of(CspRequestMessage request) {
    return of(request.identifierType(), request.identifier());
  }
}
