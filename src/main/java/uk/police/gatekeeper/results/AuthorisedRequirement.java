package uk.police.gatekeeper.results;

import java.time.OffsetDateTime;
import java.util.Objects;
import uk.police.gatekeeper.application.DataType;
import uk.police.gatekeeper.application.IdentifierType;
import uk.police.gatekeeper.application.Parsed;

/**
 * What was authorised for one data requirement, as the CSP's answer is checked against it: the
 * identifier in normalised form, the data type and the period. {@code to} is null only for an IP
 * resolution, where {@code from} is the single moment; {@code port} is the source port asked about.
 */
public record AuthorisedRequirement(
    IdentifierType identifierType,
    String identifierNormalised,
    DataType dataType,
    OffsetDateTime from,
    OffsetDateTime to,
    Integer port) {

  public AuthorisedRequirement {
    Objects.requireNonNull(identifierType, "identifierType is required");
    Objects.requireNonNull(dataType, "dataType is required");
    Objects.requireNonNull(from, "from is required");
    Parsed<String> normalised = identifierType.normalise(identifierNormalised);
    if (!normalised.isValid() || !normalised.value().equals(identifierNormalised)) {
      // Comparing against a non-normalised identifier would flag every correct record.
      throw new IllegalArgumentException(
          "identifierNormalised must be a valid " + identifierType + " in normalised form");
    }
    if (to == null && dataType != DataType.IP_RESOLUTION) {
      throw new IllegalArgumentException("to is required (only an IP resolution may omit it)");
    }
    if (to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("to must be after from");
    }
    if (port != null && (port < 0 || port > 65535)) {
      throw new IllegalArgumentException("port must be from 0 to 65535");
    }
  }
}
