package uk.police.gatekeeper.application;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Gatekeeper's API answers refused input with 400 and unknown (or hidden) cases with 404, as JSON. */
@RestControllerAdvice
public class ApiErrors {

  @ExceptionHandler(UnknownApplicationException.class)
  ResponseEntity<Map<String, Object>> notFound(UnknownApplicationException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(RefusedInput.class)
  ResponseEntity<Map<String, Object>> badRequest(RefusedInput e) {
    return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
  }
}
