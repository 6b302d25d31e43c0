package uk.police.gatekeeper.results;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import uk.police.gatekeeper.identity.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.gatekeeper.application.CaseAccess;
import uk.police.gatekeeper.application.Refusal;
import uk.police.gatekeeper.application.UnknownApplicationException;
import uk.police.gatekeeper.audit.AuditEventType;
import uk.police.gatekeeper.audit.AuditSubject;
import uk.police.gatekeeper.audit.AuditTrail;

/**
 * The products of an application. The intelligence product goes to those entitled to the case once the
 * SPoC has disseminated it; the SPoC previews the checked results before that; the evidential product
 * (an MG11-style statement) is produced on request by a SPoC and kept apart from the intelligence
 * product. Quarantined data appears in none of them. Every read is audited.
 */
@RestController
@RequestMapping("/api/applications/{reference}")
public class ProductController {

  private final CaseAccess access;
  private final ProductCases cases;
  private final AuditTrail trail;
  private final IdentityService identityService;
  private final CurrentUser currentUser;
  private final IntelligenceProduct intelligence = new IntelligenceProduct();
  private final EvidentialStatement evidential = new EvidentialStatement();

  public ProductController(CaseAccess access, ProductCases cases, AuditTrail trail, IdentityService identityService,
      CurrentUser currentUser) {
    this.access = access;
    this.cases = cases;
    this.trail = trail;
    this.identityService = identityService;
    this.currentUser = currentUser;
  }

  @GetMapping("/product")
  public ResponseEntity<byte[]> product(@PathVariable String reference,
      @RequestParam(defaultValue = "html") String format) {
    Map<String, Object> application = access.readable(reference, currentUser.id(), currentUser.groups())
        .filter(found -> found.get("results_disseminated_at") != null)
        .orElseThrow(() -> new UnknownApplicationException(reference));
    ProductCase product = cases.of(application, currentUser.id());
    audit(reference, application, "INTELLIGENCE_PRODUCT");
    return "pdf".equals(format) ? pdf(intelligence.pdf(product), reference + "-intelligence.pdf")
        : html(intelligence.html(product));
  }

  /** The SPoC's view of the checked, releasable results before dissemination. */
  @GetMapping("/results")
  public ResponseEntity<byte[]> results(@PathVariable String reference) {
    Map<String, Object> application = spocCase(reference);
    audit(reference, application, "RESULTS_PREVIEW");
    return html(intelligence.html(cases.of(application, currentUser.id())));
  }

  @PostMapping("/evidential-statement")
  public ResponseEntity<byte[]> evidentialStatement(@PathVariable String reference,
      @RequestBody Map<String, Object> body) {
    Map<String, Object> application = spocCase(reference);
    Object exhibit = body.get("exhibitReference");
    Refusal.requireText(exhibit, "exhibitReference", "the exhibit reference is required, e.g. SS/1");
    Object rank = body.getOrDefault("witnessRank", "Police Staff");
    var witness = identityService.createUserQuery().userId(currentUser.id()).singleResult();
    String name = witness == null ? currentUser.id() : (witness.getFirstName() + " " + witness.getLastName()).trim();
    audit(reference, application, "EVIDENTIAL_STATEMENT " + exhibit);
    ProductCase released = cases.of(application, currentUser.id()).releasedOnly();
    return pdf(evidential.pdf(released, exhibit.toString(), name, rank.toString()),
        reference + "-MG11-" + exhibit.toString().replaceAll("[^A-Za-z0-9]", "_") + ".pdf");
  }

  private Map<String, Object> spocCase(String reference) {
    if (!currentUser.groups().contains("spoc")) {
      throw new UnknownApplicationException(reference);
    }
    return access.readable(reference, currentUser.id(), currentUser.groups()).orElseThrow(() -> new UnknownApplicationException(reference));
  }

  private void audit(String reference, Map<String, Object> application, String what) {
    trail.record(currentUser.id(), AuditEventType.CASE_VIEWED, new AuditSubject(reference,
        (String) application.get("process_instance_id"), "cd-application", null, null, null), Map.of("view", what));
  }

  private static ResponseEntity<byte[]> html(String html) {
    return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .body(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(pdf);
  }


}
