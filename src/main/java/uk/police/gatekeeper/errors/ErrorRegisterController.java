package uk.police.gatekeeper.errors;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.gatekeeper.audit.AuditEventType;
import uk.police.gatekeeper.audit.AuditSubject;
import uk.police.gatekeeper.audit.AuditTrail;
import uk.police.gatekeeper.identity.CurrentUser;

/**
 * The error register for the people who answer for it: SPoCs, the SRO and the CDIU managers. Callers
 * authenticate with HTTP Basic (RestAuthentication); every read, list, export, statistics or single
 * record, is itself audited as a {@code CASE_VIEWED} with {@code view = ERROR_REGISTER}.
 */
@RestController
@RequestMapping("/api")
public class ErrorRegisterController {

  static final Set<String> READERS = Set.of("spoc", "sro", "cdiu-managers");
  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  static final String VIEW = "ERROR_REGISTER";

  private final ErrorRegister register;
  private final AuditTrail trail;
  private final CurrentUser currentUser;

  public ErrorRegisterController(ErrorRegister register, AuditTrail trail, CurrentUser currentUser) {
    this.register = register;
    this.trail = trail;
    this.currentUser = currentUser;
  }

  @GetMapping("/errors")
  public List<Map<String, Object>> list(@RequestParam MultiValueMap<String, String> query) {
    String reader = reader();
    ErrorFilter filter = ErrorFilter.fromQuery(query);
    List<Map<String, Object>> errors = register.find(filter);
    audit(reader, filter, "LIST", errors.size());
    return errors;
  }

  /** Not {@code produces = text/csv}: a refusal must still be able to answer JSON to a CSV-only client. */
  @GetMapping("/errors.csv")
  public ResponseEntity<byte[]> csv(@RequestParam MultiValueMap<String, String> query) {
    String reader = reader();
    ErrorFilter filter = ErrorFilter.fromQuery(query);
    List<Map<String, Object>> errors = register.find(filter);
    audit(reader, filter, "CSV", errors.size());
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"error-register.csv\"")
        .body(ErrorRegisterCsv.write(errors).getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/errors/statistics")
  public Map<String, Object> statistics(@RequestParam MultiValueMap<String, String> query) {
    String reader = reader();
    ErrorFilter filter = ErrorFilter.fromQuery(query);
    Map<String, Object> statistics = register.statistics(filter);
    audit(reader, filter, "STATISTICS", (Integer) statistics.get("total"));
    return statistics;
  }

  @GetMapping("/errors/{reference}")
  public Map<String, Object> one(@PathVariable String reference) {
    String reader = reader();
    Map<String, Object> error = register.get(reference).orElseThrow(() -> new UnknownErrorRecord(reference));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("view", VIEW);
    details.put("format", "RECORD");
    details.put("errorReference", reference);
    trail.record(reader, AuditEventType.CASE_VIEWED, new AuditSubject((String) error.get("application_reference"),
        (String) error.get("process_instance_id"), "cd-error", null, null, null), details);
    return error;
  }

  private void audit(String reader, ErrorFilter filter, String format, int count) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("view", VIEW);
    details.put("format", format);
    details.put("filter", filter.asQuery());
    details.put("count", count);
    trail.record(reader, AuditEventType.CASE_VIEWED,
        new AuditSubject(filter.applicationReference(), null, null, null, null, null), details);
  }

  /** The authenticated reader, if entitled; the authentication filter has already refused anonymous calls. */
  private String reader() {
    String user = currentUser.id();
    if (user == null) {
      throw new NotEntitled(HttpStatus.UNAUTHORIZED, "Sign in to read the error register");
    }
    if (currentUser.groups().stream().noneMatch(READERS::contains)) {
      throw new NotEntitled(HttpStatus.FORBIDDEN,
          "The error register is for members of spoc, sro and cdiu-managers only");
    }
    return user;
  }

  @ExceptionHandler(ErrorFilter.InvalidErrorFilter.class)
  ResponseEntity<Map<String, Object>> badFilter(ErrorFilter.InvalidErrorFilter e) {
    return json(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(NotEntitled.class)
  ResponseEntity<Map<String, Object>> notEntitled(NotEntitled e) {
    return json(e.status, e.getMessage());
  }

  @ExceptionHandler(UnknownErrorRecord.class)
  ResponseEntity<Map<String, Object>> unknown(UnknownErrorRecord e) {
    return json(HttpStatus.NOT_FOUND, e.getMessage());
  }

  private static ResponseEntity<Map<String, Object>> json(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", message));
  }

  static class NotEntitled extends RuntimeException {

    private final HttpStatus status;

    NotEntitled(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }
  }

  static class UnknownErrorRecord extends RuntimeException {

    UnknownErrorRecord(String reference) {
      super("No error record " + reference);
    }
  }
}
