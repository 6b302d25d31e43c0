package uk.police.gatekeeper.identity;

import java.util.Arrays;
import java.util.List;

/** The unit's roles as Camunda groups; the ids are fixed by the contract. */
public enum UnitGroup {
  APPLICANTS("applicants", "Applicants (investigators)"),
  SPOC("spoc", "Communications data SPoCs"),
  AUTHORISERS("authorisers", "Authorising officers (DP / DSO)"),
  OCDA("ocda", "OCDA authorising individuals"),
  SRO("sro", "Senior Responsible Officer"),
  INTELLIGENCE_OFFICERS("intelligence-officers", "Intelligence officers"),
  CDIU_MANAGERS("cdiu-managers", "CDIU managers"),
  CAMUNDA_ADMIN("camunda-admin", "Process owners");

  /** The Camunda group type Tasklist and Admin show for role groups. */
  public static final String TYPE = "WORKFLOW";

  private final String id;
  private final String displayName;

  UnitGroup(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** Every group whose members work tasks in Tasklist. */
  public static List<UnitGroup> tasklistUsers() {
    return Arrays.stream(values()).filter(g -> g != CAMUNDA_ADMIN).toList();
  }
}
