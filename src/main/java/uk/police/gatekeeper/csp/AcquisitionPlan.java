package uk.police.gatekeeper.csp;

import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.RequirementsVariable;

/** One CSP request per authorised data requirement: the positions the multi-instance runs over. */
@Component("acquisitionPlan")
public class AcquisitionPlan {

  public List<Integer> positions(DelegateExecution execution) {
    int count = RequirementsVariable.read(execution.getVariable(RequirementsVariable.NAME)).size();
    return IntStream.rangeClosed(1, count).boxed().toList();
  }
}
