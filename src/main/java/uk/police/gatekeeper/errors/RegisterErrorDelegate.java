package uk.police.gatekeeper.errors;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.DatabaseSequence;
import uk.police.gatekeeper.application.ApplicationRegistry;
import uk.police.gatekeeper.application.ExplicitOffsetDateTime;
import uk.police.gatekeeper.application.Parsed;
import uk.police.gatekeeper.application.Refusal;

/**
 * Checks and records a reported error: reference {@code ERR-<year>-<6 digits>} (the business key), the
 * link to its application both ways, and who raised it. Refused input leaves nothing behind.
 */
@Component
public class RegisterErrorDelegate implements JavaDelegate {

  static final List<String> TYPES = List.of("WRONG_IDENTIFIER", "WRONG_PERIOD", "WRONG_DATA_TYPE", "EXCESS_DATA",
      "WITHOUT_AUTHORITY", "OTHER");
  static final List<String> CAUSES = List.of("APPLICANT", "SPOC", "AUTHORISER", "CSP", "SYSTEM");

  private final ErrorRecordTable table;
  private final ApplicationRegistry applications;
  private final DataFieldMaxValueIncrementer numbers;
  private final Clock clock;
  private final String defaultRegime;

  public RegisterErrorDelegate(ErrorRecordTable table, ApplicationRegistry applications, DataSource dataSource,
      Clock clock, @Value("${gatekeeper.regime:IPA}") String defaultRegime) {
    this.table = table;
    this.applications = applications;
    this.numbers = DatabaseSequence.of(dataSource, "error_number");
    this.clock = clock;
    this.defaultRegime = defaultRegime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> problems = new ArrayList<>();
    String type = oneOf(execution.getVariable("errorType"), "errorType", TYPES, problems);
    String cause = oneOf(execution.getVariable("errorCause"), "errorCause", CAUSES, problems);
    Parsed<OffsetDateTime> established = ExplicitOffsetDateTime.parse(
        execution.getVariable("establishedAt") == null ? null : execution.getVariable("establishedAt").toString());
    if (!established.isValid()) {
      problems.add("establishedAt: " + established.problem());
    }
    Object description = execution.getVariable("description");
    if (description == null || description.toString().strip().length() < 20) {
      problems.add("description: at least 20 characters on what happened and how");
    }
    Object applicationReference = blankToNull(execution.getVariable("applicationReference"));
    Map<String, Object> application = applicationReference == null ? null
        : applications.find(applicationReference.toString()).orElse(null);
    if (applicationReference != null && application == null) {
      problems.add("applicationReference: no application " + applicationReference);
    }
    if (!problems.isEmpty()) {
      throw Refusal.because("The error report was not accepted. " + String.join("; ", problems) + ".");
    }
    Object dataAcquired = execution.getVariable("dataAcquired");
    boolean acquired = dataAcquired instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(dataAcquired));
    execution.setVariable("dataAcquired", acquired);
    Object initiator = execution.getVariable("raisedBy");
    Object reportedBy = execution.getVariable("reportedBy");
    String raisedBy = initiator != null ? initiator.toString() : reportedBy != null ? reportedBy.toString() : "system";
    String regime = application == null ? defaultRegime : (String) application.get("regime");

    String reference = String.format("ERR-%d-%06d", LocalDate.now(clock.withZone(ErrorDeadlines.UK)).getYear(),
        numbers.nextLongValue());
    execution.setProcessBusinessKey(reference);
    execution.setVariable("errorReference", reference);
    execution.setVariable("regime", regime);
    table.register(reference, execution.getProcessInstanceId(), (String) applicationReference, type, cause, acquired,
        established.value(), description.toString().strip(), execution.getVariables(), regime, raisedBy);
    if (application != null) {
      applications.decision(applicationReference.toString(), "ERROR", reference, raisedBy, type + " (" + cause + ")");
    }
  }

  private static String oneOf(Object value, String field, List<String> allowed, List<String> problems) {
    if (value == null || !allowed.contains(value.toString())) {
      problems.add(field + ": must be one of " + String.join(", ", allowed));
      return null;
    }
    return value.toString();
  }

  private static Object blankToNull(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
