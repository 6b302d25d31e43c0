package uk.police.gatekeeper.errors;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Where Gatekeeper raises an error it found itself (a result check that failed, data after an
 * authorisation ended, an overdue written authorisation): each starts an error record, process
 * {@code cd-error}, in the same transaction as the finding.
 */
@Component
public class ErrorRecords {

  static final String PROCESS = "cd-error";

  private final RuntimeService runtimeService;
  private final Clock clock;

  public ErrorRecords(RuntimeService runtimeService, Clock clock) {
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  public void raise(String applicationReference, String errorType, String errorCause, boolean dataAcquired,
      String description, String raisedBy) {
    runtimeService.startProcessInstanceByKey(PROCESS, Variables.createVariables()
        .putValue("applicationReference", applicationReference)
        .putValue("errorType", errorType)
        .putValue("errorCause", errorCause)
        .putValue("dataAcquired", dataAcquired)
        .putValue("establishedAt", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString())
        .putValue("description", description)
        .putValue("reportedBy", raisedBy));
  }

}
