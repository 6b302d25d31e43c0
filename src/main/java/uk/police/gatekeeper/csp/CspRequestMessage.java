package uk.police.gatekeeper.csp;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.police.gatekeeper.application.DataType;
import uk.police.gatekeeper.application.IdentifierType;
import uk.police.gatekeeper.application.Parsed;
import uk.police.gatekeeper.sla.Grade;

/**
 * A request for one data requirement, sent by Gatekeeper to a CSP. The fields follow ETSI TS 102
 * 657 (RDHI): the request id (country code, authorised organisation, request number), the CSP id,
 * the time stamp, the priority and the request parameters (docs/csp-interface.md).
 *
 * <p>The identifier is carried in its normalised form only, and the constructor refuses one that
 * is not: the CSP must be asked for exactly the identifier that was authorised. A retry resends
 * this same message, reference and time stamp included, so that the CSP can recognise it.
 */
public record CspRequestMessage(
    String requestReference,
    String countryCode,
    String authorisedOrganisationId,
    long requestNumber,
    String cspId,
    OffsetDateTime timestamp,
    Grade priority,
    IdentifierType identifierType,
    String identifier,
    DataType dataType,
    OffsetDateTime from,
    OffsetDateTime to,
    Integer port,
    String spocPin) {

  /** The request number is written with 8 digits, so the reference has a fixed shape. */
  public static final long MAX_REQUEST_NUMBER = 99_999_999L;

  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
  /** Organisation and CSP ids go into the reference, which travels in URLs and logs. */
  private static final Pattern REFERENCE_PART = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
  private static final DateTimeFormatter REFERENCE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  public CspRequestMessage {
    requireText(requestReference, "requestReference");
    if (countryCode == null || !COUNTRY_CODE.matcher(countryCode).matches()) {
      throw new IllegalArgumentException("countryCode must be two upper-case letters, e.g. GB");
    }
    requireReferencePart(authorisedOrganisationId, "authorisedOrganisationId");
    requireRequestNumber(requestNumber);
    requireReferencePart(cspId, "cspId");
    Objects.requireNonNull(timestamp, "timestamp is required");
    Objects.requireNonNull(priority, "priority is required");
    Objects.requireNonNull(identifierType, "identifierType is required");
    Objects.requireNonNull(dataType, "dataType is required");
    Objects.requireNonNull(from, "from is required");
    requireText(spocPin, "spocPin");
    String problem = normalisationProblem(identifierType, identifier);
    if (problem != null) {
      throw new IllegalArgumentException("identifier " + problem);
    }
    problem = periodProblem(dataType, from, to);
    if (problem != null) {
      throw new IllegalArgumentException("to " + problem);
    }
    if (port != null && (port < 0 || port > 65535)) {
      throw new IllegalArgumentException("port must be from 0 to 65535");
    }
  }

  /** A request whose reference is built from its own request id, CSP id and time stamp. */
  public static CspRequestMessage create(
      String countryCode,
      String authorisedOrganisationId,
      long requestNumber,
      String cspId,
      OffsetDateTime timestamp,
      Grade priority,
      IdentifierType identifierType,
      String identifier,
      DataType dataType,
      OffsetDateTime from,
      OffsetDateTime to,
      Integer port,
      String spocPin) {
    return new CspRequestMessage(
        reference(countryCode, authorisedOrganisationId, requestNumber, cspId, timestamp),
        countryCode, authorisedOrganisationId, requestNumber, cspId, timestamp, priority,
        identifierType, identifier, dataType, from, to, port, spocPin);
  }

  /**
   * The request reference, {@code GB-<org>-<number, 8 digits>-<cspId>-<yyyyMMdd'T'HHmmss'Z'>}
   * with the time in UTC whatever the offset of {@code timestamp}, e.g. {@code
   * GB-TVP-00000042-alpha-mobile-20261103T130500Z}. It is unique for all time as long as request
   * numbers are never reused within the organisation.
   */
  public static String reference(
      String countryCode,
      String organisationId,
      long requestNumber,
      String cspId,
      OffsetDateTime timestamp) {
    if (countryCode == null || !COUNTRY_CODE.matcher(countryCode).matches()) {
      throw new IllegalArgumentException("countryCode must be two upper-case letters, e.g. GB");
    }
    requireReferencePart(organisationId, "organisationId");
    requireRequestNumber(requestNumber);
    requireReferencePart(cspId, "cspId");
    Objects.requireNonNull(timestamp, "timestamp is required");
    return countryCode + "-" + organisationId + "-" + String.format("%08d", requestNumber) + "-"
        + cspId + "-" + REFERENCE_TIME.format(timestamp.withOffsetSameInstant(ZoneOffset.UTC));
  }

  /** Why {@code identifier} is not the normalised form of a valid identifier, or null. */
  static String normalisationProblem(IdentifierType type, String identifier) {
    Parsed<String> normalised = type.normalise(identifier);
    if (!normalised.isValid()) {
      return normalised.problem();
    }
    return normalised.value().equals(identifier)
        ? null
        : "must be in normalised form (" + type + " identifiers are sent normalised)";
  }

  /** Why the period is incomplete or the wrong way round, or null; as ValidPeriod rules. */
  static String periodProblem(DataType dataType, OffsetDateTime from, OffsetDateTime to) {
    if (to == null) {
      return dataType == DataType.IP_RESOLUTION
          ? null
          : "is required (only an IP resolution may omit it)";
    }
    return from.isBefore(to) ? null : "must be after from";
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }

  private static void requireReferencePart(String value, String name) {
    if (value == null || !REFERENCE_PART.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " must be letters and digits, optionally joined by single hyphens");
    }
  }

  private static void requireRequestNumber(long requestNumber) {
    if (requestNumber < 0 || requestNumber > MAX_REQUEST_NUMBER) {
      throw new IllegalArgumentException("requestNumber must be from 0 to " + MAX_REQUEST_NUMBER);
    }
  }
}
