package uk.police.gatekeeper.application;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.police.gatekeeper.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.police.gatekeeper.audit.AuditEventType;
import uk.police.gatekeeper.audit.AuditSubject;
import uk.police.gatekeeper.audit.AuditTrail;
import uk.police.gatekeeper.errors.ErrorFilter;
import uk.police.gatekeeper.errors.ErrorRegister;

/**
 * The case view and the cancellation of an application. Callers authenticate with HTTP Basic (the
 * same filter as the engine's REST API); every read of a case is itself audited.
 */
@RestController
@RequestMapping("/api/applications")
public class ApplicationController {

  private final CaseAccess access;
  private final ApplicationRegistry registry;
  private final AuditTrail trail;
  private final Cancellation cancellation;
  private final ConsequentialApplications consequentialApplications;
  private final ErrorRegister errorRegister;
  private final CurrentUser currentUser;

  public ApplicationController(CaseAccess access, ApplicationRegistry registry, AuditTrail trail,
      Cancellation cancellation, ConsequentialApplications consequentialApplications, ErrorRegister errorRegister,
      CurrentUser currentUser) {
    this.access = access;
    this.registry = registry;
    this.trail = trail;
    this.cancellation = cancellation;
    this.consequentialApplications = consequentialApplications;
    this.errorRegister = errorRegister;
    this.currentUser = currentUser;
  }

  @GetMapping("/{reference}")
  public Map<String, Object> caseView(@PathVariable String reference) {
    String user = currentUser.id();
    Map<String, Object> application = access.readable(reference, user, currentUser.groups())
        .orElseThrow(() -> new UnknownApplicationException(reference));
    String processInstanceId = (String) application.get("process_instance_id");
    trail.record(user, AuditEventType.CASE_VIEWED,
        new AuditSubject(reference, processInstanceId, "cd-application", null, null, null), Map.of());

    Map<String, Object> view = new LinkedHashMap<>();
    view.put("application", application);
    view.put("requirements", registry.requirements(reference));
    view.put("decisions", registry.decisions(reference));
    view.put("corrections", registry.corrections(reference));
    view.put("consequentialApplications", registry.children(reference));
    view.put("errors", errorRegister.find(ErrorFilter.forApplication(reference)));
    view.put("auditTrail", trail.forProcessInstance(processInstanceId));
    return view;
  }

  /** From the results, a SPoC starts a consequential application for the same applicant, linked to this one. */
  @PostMapping("/{reference}/consequential")
  public ResponseEntity<Map<String, Object>> consequential(@PathVariable String reference,
      @RequestBody Map<String, Object> requirement) {
    if (!currentUser.groups().contains("spoc")) {
      throw new UnknownApplicationException(reference);
    }
    Map<String, Object> parent = access.readable(reference, currentUser.id(), currentUser.groups())
        .orElseThrow(() -> new UnknownApplicationException(reference));
    var child = consequentialApplications.start(parent, requirement, currentUser.id());
    return ResponseEntity.ok(Map.of("applicationReference", child.getBusinessKey(), "parentApplicationReference",
        reference));
  }

  @PostMapping("/{reference}/cancellation")
  public ResponseEntity<Map<String, Object>> cancel(@PathVariable String reference,
      @RequestBody Map<String, Object> body) {
    Object reason = body.get("cancellationReason");
    cancellation.cancel(reference, currentUser.id(), currentUser.groups(), reason == null ? null : reason.toString());
    return ResponseEntity.ok(Map.of("applicationReference", reference, "status", "CANCELLED"));
  }




}
