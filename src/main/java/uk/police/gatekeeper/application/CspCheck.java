package uk.police.gatekeeper.application;

import java.util.ArrayList;
import java.util.List;

/**
 * Each requirement goes to a configured CSP that serves its identifier type. Kept out of the
 * Bean Validation annotations because it needs the injected {@link CspDirectory}. Reported on
 * {@code requirements[i].csp}.
 */
final class CspCheck {

  private final CspDirectory directory;

  CspCheck(CspDirectory directory) {
    this.directory = directory;
  }

  List<Violation> check(ApplicationForm form) {
    List<Violation> violations = new ArrayList<>();
    List<DataRequirement> requirements = form.requirements();
    for (int i = 0; requirements != null && i < requirements.size(); i++) {
      DataRequirement requirement = requirements.get(i);
      String csp = requirement == null ? null : requirement.csp();
      if (csp == null || csp.isBlank()) {
        continue; // reported as required by the field rule
      }
      String field = "requirements[" + i + "].csp";
      if (!directory.exists(csp)) {
        violations.add(new Violation(field, "is not a configured CSP"));
      } else {
        requirement.knownIdentifierType()
            .filter(type -> !directory.serves(csp, type.name()))
            .ifPresent(type -> violations.add(
                new Violation(field, "this CSP does not serve " + type.name() + " identifiers")));
      }
    }
    return violations;
  }
}
