package uk.police.gatekeeper.application;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * From a result, a SPoC starts a consequential application (for example a subscriber check on a number
 * found in call records): the parent's case details pre-filled, the new data requirement, linked to
 * the parent. It is the parent applicant's application, started on their behalf, and goes through
 * SPoC review and authorisation like any other.
 */
@Component
public class ConsequentialApplications {

  static final List<String> CARRIED_OVER = List.of("operationName", "statutoryPurpose", "offence", "seriousCrime",
      "seriousCrimeJustification", "priority", "urgencyJustification", "subjectRole", "necessity", "proportionality",
      "collateralIntrusion", "journalisticSource");

  private final ApplicationRegistry registry;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;

  public ConsequentialApplications(ApplicationRegistry registry, FormService formService,
      RepositoryService repositoryService, IdentityService identityService) {
    this.registry = registry;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
  }

  public ProcessInstance start(Map<String, Object> parent, Map<String, Object> requirement, String spoc) {
    String applicant = (String) parent.get("applicant");
    VariableMap variables = Variables.createVariables();
    Map<String, Object> columns = Map.ofEntries(Map.entry("operationName", "operation_name"),
        Map.entry("statutoryPurpose", "statutory_purpose"), Map.entry("offence", "offence"),
        Map.entry("seriousCrime", "serious_crime"), Map.entry("seriousCrimeJustification", "serious_crime_justification"),
        Map.entry("priority", "priority"), Map.entry("urgencyJustification", "urgency_justification"),
        Map.entry("subjectRole", "subject_role"), Map.entry("necessity", "necessity"),
        Map.entry("proportionality", "proportionality"), Map.entry("collateralIntrusion", "collateral_intrusion"),
        Map.entry("journalisticSource", "journalistic_source"));
    CARRIED_OVER.forEach(key -> variables.putValue(key, parent.get(columns.get(key))));
    variables.putValue(RequirementsVariable.NAME, RequirementsVariable.of(List.of(requirement)));
    variables.putValue("parentApplicationReference", parent.get("reference"));
    variables.putValue("consequentialRequestedBy", spoc);

    var caller = identityService.getCurrentAuthentication();
    // Looked up as Gatekeeper: the SPoC may not read the applicant's memberships.
    identityService.clearAuthentication();
    try {
      List<String> applicantGroups = identityService.createGroupQuery().groupMember(applicant).list().stream()
          .map(group -> group.getId()).toList();
      String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("cd-application")
          .latestVersion().singleResult().getId();
      identityService.setAuthentication(applicant, applicantGroups);
      ProcessInstance child = formService.submitStartForm(definitionId, variables);
      registry.decision((String) parent.get("reference"), "CONSEQUENTIAL", child.getBusinessKey(), spoc,
          "Consequential application " + child.getBusinessKey() + " started from these results");
      return child;
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      } else {
        identityService.clearAuthentication();
      }
    }
  }
}
