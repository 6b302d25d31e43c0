package uk.police.gatekeeper.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.police.gatekeeper.application.CaseFixtures.vars;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.gatekeeper.GatekeeperTest;

/**
 * The Tasklist forms send the data requirements and the SPoC's corrections as flat fields in fixed
 * groups (form-js 1.8.7 cannot submit a dynamic list that was edited, bpmn-io/form-js#1494); REST
 * clients send the arrays. Both reach the same rules, and the groups are kept current for the rework
 * form's pre-fill.
 */
@GatekeeperTest
class FormGroupsPathsTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired ApplicationRegistry registry;

  CaseFixtures applications;

  @BeforeEach
  void setUp() {
    applications = new CaseFixtures(engine);
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
  }

  /** The routine application as the start form sends it: one group instead of the array. */
  private static VariableMap fromTheStartForm() {
    VariableMap variables = CaseFixtures.routine();
    variables.remove(RequirementsVariable.NAME);
    return variables.putValue("requirementCount", "1")
        .putValue("requirement1IdentifierType", "MSISDN")
        .putValue("requirement1Identifier", "07700 900123")
        .putValue("requirement1DataType", "SUBSCRIBER")
        .putValue("requirement1Csp", "alpha-mobile")
        .putValue("requirement1From", "2026-11-01T00:00:00+00:00")
        .putValue("requirement1To", "2026-11-02T00:00:00+00:00");
  }

  private List<Map<String, Object>> requirements(ProcessInstance instance) {
    return RequirementsVariable.read(applications.variable(instance, RequirementsVariable.NAME));
  }

  private ProcessInstance returnedBySam(ProcessInstance instance) {
    applications.complete("sam", instance, "spocReview", vars("spocDecision", "RETURN", "spocNotes", "Widen the period"));
    return instance;
  }

  @Test
  void theStartFormsGroupsBecomeTheRequirements() {
    ProcessInstance instance = applications.submit("alice", fromTheStartForm());

    assertThat(requirements(instance)).singleElement().satisfies(requirement -> assertThat(requirement)
        .containsEntry("identifier", "07700 900123").containsEntry("identifierNormalised", "+447700900123")
        .containsEntry("csp", "alpha-mobile"));
    assertThat(registry.requirements(instance.getBusinessKey())).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("identifier_normalised", "+447700900123"));
  }

  @Test
  void aGroupBreakingARuleIsRefusedWithTheSubmissionsMessage() {
    VariableMap variables = fromTheStartForm().putValue("requirement1From", "2026-11-01T00:00");

    assertThatThrownBy(() -> applications.submit("alice", variables))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("requirements[0].from: the time zone is required");
  }

  @Test
  void aRestSubmissionAlsoGetsTheGroupsForTheReworkForm() {
    ProcessInstance instance = applications.submit("alice", CaseFixtures.routine());

    assertThat(applications.variable(instance, "requirementCount")).isEqualTo("1");
    assertThat(applications.variable(instance, "requirement1Identifier")).isEqualTo("07700 900123");
    assertThat(applications.variable(instance, "requirement1To")).isEqualTo("2026-11-02T00:00:00+00:00");
    assertThat(applications.variable(instance, "requirement2IdentifierType")).isNull();
  }

  @Test
  void theReworkFormsGroupsReplaceTheRequirements() {
    ProcessInstance instance = returnedBySam(applications.submit("alice", fromTheStartForm()));

    applications.complete("alice", instance, "reworkApplication", vars(
        "requirementCount", "2",
        "requirement1To", "2026-11-03T00:00:00+00:00",
        "requirement2IdentifierType", "EMAIL",
        "requirement2Identifier", "kestrel@example.com",
        "requirement2DataType", "SUBSCRIBER",
        "requirement2Csp", "charlie-mail",
        "requirement2From", "2026-11-01T00:00:00+00:00",
        "requirement2To", "2026-11-02T00:00:00+00:00"));

    assertThat(requirements(instance)).extracting(r -> r.get("identifier") + " " + r.get("to"))
        .containsExactly("07700 900123 2026-11-03T00:00:00+00:00", "kestrel@example.com 2026-11-02T00:00:00+00:00");
    assertThat(registry.requirements(instance.getBusinessKey())).hasSize(2);
    assertThat(applications.variable(instance, "requirementCount")).isEqualTo("2");
  }

  @Test
  void aShorterReworkClearsTheGroupsItDropped() {
    ProcessInstance instance = returnedBySam(applications.submit("alice", fromTheStartForm()));
    applications.complete("alice", instance, "reworkApplication", vars(
        "requirementCount", "2",
        "requirement2IdentifierType", "EMAIL",
        "requirement2Identifier", "kestrel@example.com",
        "requirement2DataType", "SUBSCRIBER",
        "requirement2Csp", "charlie-mail",
        "requirement2From", "2026-11-01T00:00:00+00:00",
        "requirement2To", "2026-11-02T00:00:00+00:00"));
    returnedBySam(instance);

    // The form does not send a hidden group: group 2 keeps its values, the count drops it.
    applications.complete("alice", instance, "reworkApplication", vars("requirementCount", "1"));

    assertThat(requirements(instance)).singleElement()
        .satisfies(requirement -> assertThat(requirement).containsEntry("identifier", "07700 900123"));
    assertThat(applications.variable(instance, "requirement2Identifier")).isNull();
  }

  @Test
  void aRestReworkArrayWinsOverLastRoundsGroups() {
    ProcessInstance instance = returnedBySam(applications.submit("alice", CaseFixtures.routine()));

    applications.complete("alice", instance, "reworkApplication", vars(RequirementsVariable.NAME,
        SpinValues.jsonValue(CaseFixtures.MSISDN_REQUIREMENT.replace("07700 900123", "07700 900456")).create()));

    assertThat(requirements(instance)).singleElement()
        .satisfies(requirement -> assertThat(requirement).containsEntry("identifierNormalised", "+447700900456"));
    assertThat(applications.variable(instance, "requirement1Identifier")).isEqualTo("07700 900456");
  }

  @Test
  void theSpocCorrectsInTheFormsGroupsAndTheGroupsFollow() {
    ProcessInstance instance = applications.submit("alice", fromTheStartForm());

    applications.complete("sam", instance, "spocReview", vars("spocDecision", "RETURN",
        "spocNotes", "I corrected the number; please widen the period",
        "hasCorrections", true,
        "correction1Requirement", 1L,
        "correction1Field", "identifier",
        "correction1Value", "07700 900124",
        "correction1Reason", "Applicant transposed digits",
        "hasCorrection2", true,
        "correction2Requirement", 1.0,
        "correction2Field", "to",
        "correction2Value", "2026-11-01T12:00:00+00:00",
        "correction2Reason", "Only the morning is needed"));

    assertThat(registry.corrections(instance.getBusinessKey())).extracting(c -> c.get("field") + "=" + c.get("value_after"))
        .containsExactly("identifier=07700 900124", "to=2026-11-01T12:00:00+00:00");
    assertThat(requirements(instance)).singleElement()
        .satisfies(requirement -> assertThat(requirement).containsEntry("identifierNormalised", "+447700900124"));
    // The rework form shows the corrected values.
    assertThat(applications.variable(instance, "requirement1Identifier")).isEqualTo("07700 900124");
    assertThat(applications.variable(instance, "requirement1To")).isEqualTo("2026-11-01T12:00:00+00:00");

    // A correction group from this round is not offered as the next round's answer.
    applications.complete("alice", instance, "reworkApplication", vars());
    assertThat(applications.variable(instance, "hasCorrections")).isNull();
    assertThat(applications.variable(instance, "correction1Value")).isNull();
  }

  @Test
  void aFormCorrectionIsCheckedLikeARestOne() {
    ProcessInstance instance = applications.submit("alice", fromTheStartForm());

    assertThatThrownBy(() -> applications.complete("sam", instance, "spocReview", vars("spocDecision", "ACCEPT",
        "hasCorrections", true, "correction1Requirement", 2L, "correction1Field", "identifier",
        "correction1Value", "07700 900124", "correction1Reason", "Typo")))
        .isInstanceOf(RefusedInput.class)
        .hasMessageContaining("correction1Requirement: must be the number of a data requirement, 1 to 1");
    assertThatThrownBy(() -> applications.complete("sam", instance, "spocReview", vars("spocDecision", "ACCEPT",
        "hasCorrections", true, "correction1Requirement", 1L, "correction1Field", "csp",
        "correction1Value", "nobody", "correction1Reason", "Wrong provider")))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("requirements[0].csp");
    assertThat(registry.corrections(instance.getBusinessKey())).isEmpty();
  }
}
