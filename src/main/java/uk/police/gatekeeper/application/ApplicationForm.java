package uk.police.gatekeeper.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import uk.police.gatekeeper.sla.Grade;

/**
 * The start variables of process {@code cd-application} (contract.md, "Start variables"), named
 * exactly as the contract's keys so that violations name the form's fields. A missing {@code
 * seriousCrime} or {@code journalisticSource} counts as false: the safe reading for seriousCrime,
 * which then refuses events data.
 */
@SeriousCrimeJustified
@UrgencyJustified
@EventsDataNeedsSeriousCrime
public record ApplicationForm(
    @NotBlank(message = "is required") String operationName,
    @NotBlank(message = "is required") @EnumName(StatutoryPurpose.class) String statutoryPurpose,
    @NotBlank(message = "is required") String offence,
    Boolean seriousCrime,
    String seriousCrimeJustification,
    @NotBlank(message = "is required") @EnumName(Grade.class) String priority,
    String urgencyJustification,
    @NotBlank(message = "is required") @EnumName(SubjectRole.class) String subjectRole,
    @NotBlank(message = "is required") @MinTrimmedLength(20) String necessity,
    @NotBlank(message = "is required") @MinTrimmedLength(20) String proportionality,
    @NotBlank(message = "is required") @MinTrimmedLength(20) String collateralIntrusion,
    Boolean journalisticSource,
    @NotEmpty(message = "add at least one data requirement") @Valid
    List<DataRequirement> requirements) {

  /** Whether the applicant has said the offence meets the serious crime threshold. */
  public boolean claimsSeriousCrime() {
    return Boolean.TRUE.equals(seriousCrime);
  }
}
