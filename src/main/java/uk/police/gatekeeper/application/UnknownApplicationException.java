package uk.police.gatekeeper.application;

import org.camunda.bpm.engine.exception.NotFoundException;

/** No application by that reference that this user may see: answered as 404, never as 403. */
public class UnknownApplicationException extends NotFoundException {

  public UnknownApplicationException(String reference) {
    super("applicationReference: no application " + reference + " that you may see");
  }
}
