package uk.police.gatekeeper.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequirementFieldsTest {

  private static Map<String, Object> phone() {
    Map<String, Object> requirement = new LinkedHashMap<>();
    requirement.put("identifierType", "MSISDN");
    requirement.put("identifier", "07700 900123");
    requirement.put("dataType", "SUBSCRIBER");
    requirement.put("csp", "alpha-mobile");
    requirement.put("from", "2026-11-01T00:00:00+00:00");
    requirement.put("to", "2026-11-02T00:00:00+00:00");
    return requirement;
  }

  private static Map<String, Object> ipResolution() {
    Map<String, Object> requirement = new LinkedHashMap<>();
    requirement.put("identifierType", "IP_ADDRESS");
    requirement.put("identifier", "203.0.113.7");
    requirement.put("dataType", "IP_RESOLUTION");
    requirement.put("csp", "bravo-broadband");
    requirement.put("from", "2026-11-01T10:00:00+00:00");
    requirement.put("port", 443);
    return requirement;
  }

  @Test
  void flattenAndCollectRoundTrip() {
    List<Map<String, Object>> requirements = List.of(phone(), ipResolution());

    Map<String, Object> flat = RequirementFields.flatten(requirements);

    assertThat(flat).containsEntry("requirementCount", "2")
        .containsEntry("requirement1Identifier", "07700 900123")
        .containsEntry("requirement1To", "2026-11-02T00:00:00+00:00")
        .containsEntry("requirement1Port", null)
        .containsEntry("requirement2IdentifierType", "IP_ADDRESS")
        .containsEntry("requirement2Port", 443)
        .containsEntry("requirement2To", null);
    assertThat(RequirementFields.collect(flat)).contains(requirements);
  }

  @Test
  void flattenClearsTheGroupsBeyondTheCountUpToTheFormsFive() {
    Map<String, Object> flat = RequirementFields.flatten(List.of(phone()));

    for (int position = 2; position <= RequirementFields.FORM_GROUPS; position++) {
      for (String key : List.of("identifierType", "identifier", "dataType", "csp", "from", "to", "port")) {
        String name = RequirementFields.name(position, key);
        assertThat(flat).as(name).containsKey(name);
        assertThat(flat.get(name)).as(name).isNull();
      }
    }
    assertThat(flat).doesNotContainKey("requirement6IdentifierType");
  }

  @Test
  void flattenKeepsEveryRequirementOfALongerRestSubmission() {
    List<Map<String, Object>> seven = List.of(phone(), phone(), phone(), phone(), phone(), phone(), ipResolution());

    Map<String, Object> flat = RequirementFields.flatten(seven);

    assertThat(flat).containsEntry("requirementCount", "7").containsEntry("requirement7Port", 443);
    assertThat(RequirementFields.collect(flat)).contains(seven);
  }

  @Test
  void noGroupsMeansNoFormRequirements() {
    assertThat(RequirementFields.collect(Map.of("requirements", "[]"))).isEmpty();
    assertThat(RequirementFields.collect(Map.of("requirementCount", "1"))).isEmpty();
    assertThat(RequirementFields.collect(null)).isEmpty();
  }

  @Test
  void aBlankFirstIdentifierTypeMeansNoFormRequirements() {
    Map<String, Object> flat = new HashMap<>(RequirementFields.flatten(List.of(phone())));
    flat.put("requirement1IdentifierType", "  ");

    assertThat(RequirementFields.collect(flat)).isEmpty();
  }

  @Test
  void blankFieldsAreLeftOutSoTheRulesReportThemAsRequired() {
    Map<String, Object> flat = new HashMap<>(RequirementFields.flatten(List.of(phone())));
    flat.put("requirement1Identifier", " ");
    flat.put("requirement1To", "");

    List<Map<String, Object>> requirements = RequirementFields.collect(flat).orElseThrow();

    assertThat(requirements).singleElement().satisfies(requirement -> assertThat(requirement)
        .doesNotContainKeys("identifier", "to", "port")
        .containsEntry("identifierType", "MSISDN").containsEntry("csp", "alpha-mobile"));
  }

  @Test
  void theCountDecidesHowManyGroupsAreTaken() {
    Map<String, Object> flat = new HashMap<>(RequirementFields.flatten(List.of(phone(), ipResolution(), phone())));
    flat.put("requirementCount", "2");

    assertThat(RequirementFields.collect(flat).orElseThrow()).containsExactly(phone(), ipResolution());

    flat.put("requirementCount", 3L);
    assertThat(RequirementFields.collect(flat).orElseThrow()).hasSize(3);
  }

  @Test
  void aGroupWithinTheCountIsTakenEvenWhenEmptySoItIsReported() {
    Map<String, Object> flat = new HashMap<>(RequirementFields.flatten(List.of(phone())));
    flat.put("requirementCount", "2");

    assertThat(RequirementFields.collect(flat).orElseThrow()).containsExactly(phone(), Map.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "two", "-1", "1.5", "101"})
  void withoutAReadableCountEachGroupIsTakenWhileItHasAnIdentifierType(String count) {
    Map<String, Object> flat = new HashMap<>(RequirementFields.flatten(List.of(phone(), ipResolution(), phone())));
    flat.put("requirementCount", count);
    flat.put("requirement3IdentifierType", null);

    assertThat(RequirementFields.collect(flat).orElseThrow()).containsExactly(phone(), ipResolution());
  }

  @Test
  void aPortLeftFromAnEarlierRoundIsDroppedWhenTheDataTypeHasNone() {
    Map<String, Object> flat = new HashMap<>(RequirementFields.flatten(List.of(ipResolution())));
    flat.put("requirement1DataType", "SUBSCRIBER");

    assertThat(RequirementFields.collect(flat).orElseThrow()).singleElement()
        .satisfies(requirement -> assertThat(requirement).doesNotContainKey("port"));
  }

  @Test
  void collectedGroupsAreCheckedByTheSubmissionsRules() {
    Map<String, Object> variables = new HashMap<>(Map.ofEntries(
        Map.entry("operationName", "Operation Kestrel"),
        Map.entry("statutoryPurpose", "CRIME"),
        Map.entry("offence", "Robbery (Theft Act 1968 s8)"),
        Map.entry("seriousCrime", false),
        Map.entry("priority", "ROUTINE"),
        Map.entry("subjectRole", "SUSPECT"),
        Map.entry("necessity", "The phone links the suspect to the robbery scene"),
        Map.entry("proportionality", "Only one day of subscriber details is requested"),
        Map.entry("collateralIntrusion", "Third parties' details are not requested")));
    variables.putAll(RequirementFields.flatten(List.of(phone(), ipResolution())));
    variables.put("requirement2Port", 443.0); // a number field may arrive as a Double
    variables.put("requirement2From", "2026-11-01T10:00");
    variables.put(RequirementsVariable.NAME, RequirementFields.collect(variables).orElseThrow());

    SubmissionResult result =
        new ApplicationSubmission(Validation.buildDefaultValidatorFactory().getValidator(), MapCspDirectory.demo())
            .check(variables);

    assertThat(result.violations()).extracting(Violation::field).containsExactly("requirements[1].from");
  }
}
