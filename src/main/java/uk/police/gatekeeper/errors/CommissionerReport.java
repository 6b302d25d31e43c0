package uk.police.gatekeeper.errors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.Refusal;
import uk.police.gatekeeper.application.TaskDecision;

/** The report to the Commissioner is recorded with IPCO's reference and the date it was made. */
@Component("commissionerReport")
public class CommissionerReport extends TaskDecision {

  private final ErrorRecordTable table;

  public CommissionerReport(IdentityService identityService, ErrorRecordTable table) {
    super(identityService);
    this.table = table;
  }

  @Override
  protected void decide(DelegateExecution execution, String sro) {
    Refusal.requireText(execution.getVariable("commissionerReference"), "commissionerReference",
        "the Commissioner's reference is required");
    LocalDate reportedOn;
    try {
      reportedOn = LocalDate.parse(String.valueOf(execution.getVariable("reportedOn")));
    } catch (DateTimeParseException notADate) {
      throw Refusal.because("reportedOn: must be the date reported, like 2027-01-05");
    }
    table.reported((String) execution.getVariable("errorReference"),
        execution.getVariable("commissionerReference").toString().strip(), reportedOn);
  }
}
