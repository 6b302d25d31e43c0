package uk.police.gatekeeper.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.gatekeeper.GatekeeperTest;

/** The deployed authorisation-route table, row by row, as the process owner maintains it. */
@GatekeeperTest
class AuthorisationRouteTableTest {

  @Autowired DecisionService decisions;

  @ParameterizedTest(name = "{0} {1} {2} -> {3} ({4})")
  @CsvSource({
      "IPA,  ROUTINE, CRIME,                   OCDA, ocda",
      "IPA,  GRADE_3, PREVENT_DEATH_OR_INJURY, OCDA, ocda",
      "IPA,  GRADE_2, CRIME,                   DSO,  authorisers",
      "IPA,  GRADE_1, PUBLIC_SAFETY,           DSO,  authorisers",
      "IPA,  ROUTINE, NATIONAL_SECURITY,       DSO,  authorisers",
      "RIPA, ROUTINE, CRIME,                   DP,   authorisers",
      "RIPA, GRADE_1, NATIONAL_SECURITY,       DP,   authorisers"})
  void choosesTheAuthorisingIndividual(String regime, String priority, String purpose, String route, String group) {
    DmnDecisionResult result = decisions.evaluateDecisionByKey("authorisation-route")
        .variables(Map.of("regime", regime, "priority", priority, "statutoryPurpose", purpose)).evaluate();
    assertThat(result.getSingleResult().getEntryMap())
        .containsEntry("authorisationRoute", route).containsEntry("authoriserGroup", group);
  }
}
