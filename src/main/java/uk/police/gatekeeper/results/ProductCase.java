package uk.police.gatekeeper.results;

import java.util.List;

/**
 * An application, its authorisation and its results, as the intelligence product and the
 * evidential statement show them. Date-times are ISO-8601 strings with an offset.
 */
public record ProductCase(String applicationReference, String operationName, String statutoryPurpose, String offence,
    String applicant, String spoc, String authoriser, String authorisationRoute /* OCDA, DSO, DP */, String authorisedAt,
    String authorisationExpiresAt, List<ProductRequirement> requirements, String producedAt, String producedBy) {

  /** The same case with only released requirements: quarantined deliveries are never exhibited. */
  public ProductCase releasedOnly() {
    return new ProductCase(applicationReference, operationName, statutoryPurpose, offence, applicant, spoc, authoriser,
        authorisationRoute, authorisedAt, authorisationExpiresAt,
        requirements.stream().filter(requirement -> !"NOT_RELEASED".equals(requirement.outcome())).toList(),
        producedAt, producedBy);
  }
}
