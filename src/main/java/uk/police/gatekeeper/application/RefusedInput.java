package uk.police.gatekeeper.application;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Input refused by Gatekeeper's rules. Camunda's REST resources pass a {@link RestException} through
 * with its status, so Tasklist and REST clients get 400 and the message naming each field and rule,
 * where an engine exception would become a 500.
 */
public class RefusedInput extends RestException {

  public RefusedInput(String message) {
    super(Response.Status.BAD_REQUEST, message);
  }
}
