package uk.police.gatekeeper.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may see or act on an application: its own applicant, and the groups whose work it is. Anyone
 * else is told it does not exist, so another applicant cannot even learn that a reference is in use.
 */
@Component
public class CaseAccess {

  static final Set<String> READERS = Set.of("spoc", "authorisers", "ocda", "sro", "cdiu-managers");
  static final Set<String> CANCELLERS = Set.of("spoc");

  private final ApplicationRegistry registry;

  public CaseAccess(ApplicationRegistry registry) {
    this.registry = registry;
  }

  public Optional<Map<String, Object>> readable(String reference, String user, List<String> groups) {
    return entitled(reference, user, groups, READERS);
  }

  public Optional<Map<String, Object>> cancellable(String reference, String user, List<String> groups) {
    return entitled(reference, user, groups, CANCELLERS);
  }

  private Optional<Map<String, Object>> entitled(String reference, String user, List<String> groups,
      Set<String> entitledGroups) {
    return registry.find(reference).filter(application -> user != null
        && (user.equals(application.get("applicant")) || groups.stream().anyMatch(entitledGroups::contains)));
  }
}
