package uk.police.gatekeeper.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationSubmissionTest {

  /** Building a validator factory is slow; one serves every test. */
  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private final ApplicationSubmission submission =
      new ApplicationSubmission(VALIDATOR, MapCspDirectory.demo());

  /** A valid application as the start form submits it; tests break one rule at a time. */
  private final Map<String, Object> variables = new HashMap<>(Map.ofEntries(
      Map.entry("operationName", "Operation Kestrel"),
      Map.entry("statutoryPurpose", "CRIME"),
      Map.entry("offence", "Robbery (Theft Act 1968 s8)"),
      Map.entry("seriousCrime", true),
      Map.entry("seriousCrimeJustification", "Robbery carries up to life imprisonment"),
      Map.entry("priority", "GRADE_3"),
      Map.entry("subjectRole", "SUSPECT"),
      Map.entry("necessity", "The phone links the suspect to the robbery scene"),
      Map.entry("proportionality", "Only the hour around the robbery is requested"),
      Map.entry("collateralIntrusion", "Third parties' details are not requested"),
      Map.entry("journalisticSource", false),
      Map.entry("requirements", new ArrayList<>(List.of(requirement())))));

  private static Map<String, Object> requirement() {
    Map<String, Object> requirement = new LinkedHashMap<>();
    requirement.put("identifierType", "MSISDN");
    requirement.put("identifier", "07700 900123");
    requirement.put("dataType", "SUBSCRIBER");
    requirement.put("csp", "alpha-mobile");
    requirement.put("from", "2026-11-03T14:05:00+00:00");
    requirement.put("to", "2026-11-03T15:05:00+00:00");
    return requirement;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> requirement(int index) {
    return ((List<Map<String, Object>>) variables.get("requirements")).get(index);
  }

  private SubmissionResult check() {
    return submission.check(variables);
  }

  private List<String> fields() {
    return check().violations().stream().map(Violation::field).toList();
  }

  @Test
  void aValidApplicationHasNoViolations() {
    SubmissionResult result = check();
    assertThat(result.violations()).isEmpty();
    assertThat(result.valid()).isTrue();
    assertThat(result.requirements()).hasSize(1);
  }

  @Nested
  class RequiredFields {

    @ParameterizedTest
    @ValueSource(strings = {"operationName", "statutoryPurpose", "offence", "priority",
        "subjectRole", "necessity", "proportionality", "collateralIntrusion"})
    void missingIsAViolationOnTheField(String key) {
      variables.remove(key);
      assertThat(check().violations()).containsExactly(new Violation(key, "is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"operationName", "offence", "necessity"})
    void blankIsMissing(String key) {
      variables.put(key, "   ");
      assertThat(check().violations()).containsExactly(new Violation(key, "is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"identifierType", "identifier", "dataType", "csp", "from"})
    void requirementFieldsAreRequired(String key) {
      requirement(0).remove(key);
      assertThat(check().violations())
          .containsExactly(new Violation("requirements[0]." + key, "is required"));
    }

    @Test
    void atLeastOneRequirement() {
      variables.put("requirements", List.of());
      assertThat(check().violations())
          .containsExactly(new Violation("requirements", "add at least one data requirement"));
      variables.remove("requirements");
      assertThat(fields()).containsExactly("requirements");
    }
  }

  @Nested
  class Enumerations {

    @ParameterizedTest
    @CsvSource({
        "statutoryPurpose, CRIME", "statutoryPurpose, PREVENT_DEATH_OR_INJURY",
        "statutoryPurpose, NATIONAL_SECURITY", "statutoryPurpose, PUBLIC_SAFETY",
        "statutoryPurpose, MISCARRIAGE_OF_JUSTICE",
        "priority, GRADE_3", "priority, ROUTINE",
        "subjectRole, SUSPECT", "subjectRole, VICTIM", "subjectRole, WITNESS",
        "subjectRole, VULNERABLE_PERSON", "subjectRole, OTHER"})
    void contractValuesAreAccepted(String key, String value) {
      variables.put(key, value);
      assertThat(check().violations()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "statutoryPurpose, THEFT, 'must be one of CRIME, PREVENT_DEATH_OR_INJURY, "
            + "NATIONAL_SECURITY, PUBLIC_SAFETY, MISCARRIAGE_OF_JUSTICE'",
        "statutoryPurpose, crime, 'must be one of CRIME, PREVENT_DEATH_OR_INJURY, "
            + "NATIONAL_SECURITY, PUBLIC_SAFETY, MISCARRIAGE_OF_JUSTICE'",
        "priority, URGENT, 'must be one of GRADE_1, GRADE_2, GRADE_3, ROUTINE'",
        "subjectRole, ACCOMPLICE, "
            + "'must be one of SUSPECT, VICTIM, WITNESS, VULNERABLE_PERSON, OTHER'"})
    void otherValuesAreViolations(String key, String value, String rule) {
      variables.put(key, value);
      assertThat(check().violations()).containsExactly(new Violation(key, rule));
    }

    @Test
    void identifierTypeMustBeAContractValue() {
      requirement(0).put("identifierType", "PHONE");
      assertThat(check().violations()).containsExactly(new Violation(
          "requirements[0].identifierType",
          "must be one of MSISDN, IMEI, IMSI, IP_ADDRESS, EMAIL, ACCOUNT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUBSCRIBER", "CALL_RECORDS", "CELL_SITE", "PAYMENT_DETAILS"})
    void dataTypeContractValuesAreAccepted(String dataType) {
      requirement(0).put("dataType", dataType);
      assertThat(check().violations()).isEmpty();
    }

    @Test
    void dataTypeMustBeAContractValue() {
      requirement(0).put("dataType", "CONTENT");
      assertThat(check().violations()).containsExactly(new Violation("requirements[0].dataType",
          "must be one of SUBSCRIBER, CALL_RECORDS, CELL_SITE, IP_RESOLUTION, PAYMENT_DETAILS"));
    }
  }

  @Nested
  class Reasoning {

    @ParameterizedTest
    @ValueSource(strings = {"necessity", "proportionality", "collateralIntrusion"})
    void twentyCharactersAfterTrimmingAreEnough(String key) {
      variables.put(key, "  " + "x".repeat(20) + "  ");
      assertThat(check().violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"necessity", "proportionality", "collateralIntrusion"})
    void paddingDoesNotMakeUpTwentyCharacters(String key) {
      variables.put(key, "     " + "x".repeat(19) + "     ");
      assertThat(check().violations())
          .containsExactly(new Violation(key, "must be at least 20 characters"));
    }
  }

  @Nested
  class SeriousCrime {

    @Test
    void justificationIsRequiredWhenSeriousCrime() {
      variables.remove("seriousCrimeJustification");
      assertThat(fields()).containsExactly("seriousCrimeJustification");
    }

    @Test
    void justificationIsNotRequiredForOtherCrime() {
      variables.put("seriousCrime", false);
      variables.remove("seriousCrimeJustification");
      assertThat(check().violations()).isEmpty();
    }

    @Test
    void eventsDataIsRefusedUnlessSeriousCrime() {
      variables.put("seriousCrime", "false");
      Map<String, Object> callRecords = requirement();
      callRecords.put("dataType", "CALL_RECORDS");
      Map<String, Object> cellSite = requirement();
      cellSite.put("dataType", "CELL_SITE");
      variables.put("requirements", List.of(requirement(), callRecords, cellSite));
      assertThat(check().violations()).extracting(Violation::field)
          .containsExactly("requirements[1].dataType", "requirements[2].dataType");
      assertThat(check().violations().get(0).rule()).contains("only for serious crime");
    }

    @Test
    void eventsDataIsRefusedWhenSeriousCrimeIsNotAnswered() {
      variables.remove("seriousCrime");
      variables.remove("seriousCrimeJustification");
      requirement(0).put("dataType", "CELL_SITE");
      assertThat(fields()).containsExactly("requirements[0].dataType");
    }

    @Test
    void eventsDataIsAllowedForSeriousCrime() {
      variables.put("seriousCrime", "true");
      requirement(0).put("dataType", "CALL_RECORDS");
      assertThat(check().violations()).isEmpty();
    }
  }

  @Nested
  class Urgency {

    @ParameterizedTest
    @ValueSource(strings = {"GRADE_1", "GRADE_2"})
    void urgentGradesNeedAJustification(String grade) {
      variables.put("priority", grade);
      assertThat(fields()).containsExactly("urgencyJustification");
      variables.put("urgencyJustification", "Threat to life: missing vulnerable person");
      assertThat(check().violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GRADE_3", "ROUTINE"})
    void otherGradesDoNot(String grade) {
      variables.put("priority", grade);
      variables.put("urgencyJustification", "");
      assertThat(check().violations()).isEmpty();
    }
  }

  @Nested
  class Csp {

    @Test
    void cspMustBeConfigured() {
      requirement(0).put("csp", "delta-telecom");
      assertThat(check().violations())
          .containsExactly(new Violation("requirements[0].csp", "is not a configured CSP"));
    }

    @Test
    void cspMustServeTheIdentifierType() {
      requirement(0).put("identifierType", "EMAIL");
      requirement(0).put("identifier", "someone@example.com");
      assertThat(check().violations()).containsExactly(new Violation(
          "requirements[0].csp", "this CSP does not serve EMAIL identifiers"));
      requirement(0).put("csp", "charlie-mail");
      assertThat(check().violations()).isEmpty();
    }

    @Test
    void theDirectoryIsInjected() {
      ApplicationSubmission elsewhere = new ApplicationSubmission(
          VALIDATOR, new MapCspDirectory(Map.of("echo-telecom", Set.of("MSISDN"))));
      assertThat(elsewhere.check(variables).violations())
          .containsExactly(new Violation("requirements[0].csp", "is not a configured CSP"));
      requirement(0).put("csp", "echo-telecom");
      assertThat(elsewhere.check(variables).violations()).isEmpty();
    }
  }

  @Nested
  class Identifiers {

    @ParameterizedTest
    @CsvSource({
        "MSISDN, alpha-mobile, 07700 90012",
        "IMEI, alpha-mobile, 490154203237519",
        "IMSI, alpha-mobile, 2341509999999",
        "IP_ADDRESS, bravo-broadband, 203.0.113.256",
        "EMAIL, charlie-mail, someone@",
        "ACCOUNT, charlie-mail, '   '"})
    void anInvalidIdentifierIsAViolationOnIt(String type, String csp, String identifier) {
      requirement(0).put("identifierType", type);
      requirement(0).put("csp", csp);
      requirement(0).put("identifier", identifier);
      assertThat(fields()).containsExactly("requirements[0].identifier");
    }

    @ParameterizedTest
    @CsvSource({
        "MSISDN, alpha-mobile, 07700 900123, +447700900123",
        "IMEI, alpha-mobile, 49-015420-323751-8, 490154203237518",
        "IMSI, alpha-mobile, 234 15 0999999999, 234150999999999",
        "IP_ADDRESS, bravo-broadband, 2001:DB8:0:0:0:0:0:7, 2001:db8::7",
        "EMAIL, charlie-mail, Someone@Example.COM, Someone@example.com",
        "ACCOUNT, bravo-broadband, ' acc-42 ', acc-42"})
    void aValidIdentifierIsKeptAsTypedBesideItsNormalisedForm(
        String type, String csp, String identifier, String normalised) {
      requirement(0).put("identifierType", type);
      requirement(0).put("csp", csp);
      requirement(0).put("identifier", identifier);
      SubmissionResult result = check();
      assertThat(result.violations()).isEmpty();
      assertThat(result.requirements().get(0))
          .containsEntry("identifier", identifier)
          .containsEntry("identifierNormalised", normalised);
    }
  }

  @Nested
  class Ports {

    private void ipResolution(Object port) {
      Map<String, Object> ip = requirement(0);
      ip.put("identifierType", "IP_ADDRESS");
      ip.put("identifier", "203.0.113.7");
      ip.put("dataType", "IP_RESOLUTION");
      ip.put("csp", "bravo-broadband");
      ip.remove("to");
      if (port != null) {
        ip.put("port", port);
      }
    }

    @Test
    void anIpResolutionOfAnAddressNeedsAPort() {
      ipResolution(null);
      assertThat(fields()).containsExactly("requirements[0].port");
    }

    @Test
    void anIpResolutionWithAPortIsValid() {
      ipResolution(443);
      SubmissionResult result = check();
      assertThat(result.violations()).isEmpty();
      assertThat(result.requirements().get(0)).containsEntry("port", 443).doesNotContainKey("to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"int", "long", "double", "string"})
    void portsArriveInAnyNumericForm(String form) {
      Object port = switch (form) {
        case "int" -> 51000;
        case "long" -> 51000L;
        case "double" -> 51000.0;
        default -> " 51000 ";
      };
      ipResolution(port);
      SubmissionResult result = check();
      assertThat(result.violations()).isEmpty();
      assertThat(result.requirements().get(0)).containsEntry("port", 51000);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65536, 70000})
    void aPortOutsideTheRangeIsAViolation(int port) {
      requirement(0).put("port", port);
      assertThat(check().violations()).containsExactly(
          new Violation("requirements[0].port", "must be from 0 to 65535"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 65535})
    void portsAtTheEndsOfTheRangeAreValid(int port) {
      requirement(0).put("port", port);
      assertThat(check().violations()).isEmpty();
    }

    @Test
    void aPortThatIsNotAWholeNumberIsOneViolation() {
      ipResolution("https");
      assertThat(check().violations()).containsExactly(
          new Violation("requirements[0].port", "must be a whole number from 0 to 65535"));
      requirement(0).put("port", 443.5);
      assertThat(fields()).containsExactly("requirements[0].port");
    }
  }

  @Nested
  class Period {

    @Test
    void aDateTimeWithoutOffsetIsRefusedSayingTheTimeZoneIsRequired() {
      requirement(0).put("from", "2026-11-03T14:05:00");
      List<Violation> violations = check().violations();
      assertThat(violations).extracting(Violation::field).containsExactly("requirements[0].from");
      assertThat(violations.get(0).rule()).contains("time zone is required");
    }

    @Test
    void toWithoutOffsetIsRefusedToo() {
      requirement(0).put("to", "2026-11-03T15:05");
      assertThat(fields()).containsExactly("requirements[0].to");
    }

    @Test
    void shortFormsAndZuluAreAcceptedAndWrittenWithOffset() {
      requirement(0).put("from", "2026-11-03T14:05Z");
      requirement(0).put("to", "2026-11-03T16:05+01:00");
      SubmissionResult result = check();
      assertThat(result.violations()).isEmpty();
      assertThat(result.requirements().get(0))
          .containsEntry("from", "2026-11-03T14:05:00+00:00")
          .containsEntry("to", "2026-11-03T16:05:00+01:00");
    }

    @Test
    void toIsRequiredExceptForAnIpResolution() {
      requirement(0).remove("to");
      assertThat(fields()).containsExactly("requirements[0].to");
      requirement(0).put("dataType", "IP_RESOLUTION");
      assertThat(check().violations()).isEmpty();
    }

    @Test
    void fromMustBeBeforeTo() {
      requirement(0).put("from", "2026-11-03T15:05:00+00:00");
      requirement(0).put("to", "2026-11-03T14:05:00+00:00");
      assertThat(check().violations())
          .containsExactly(new Violation("requirements[0].to", "must be after from"));
    }

    @Test
    void theSameMomentIsNotAPeriod() {
      requirement(0).put("to", "2026-11-03T15:05:00+01:00"); // = 14:05 UTC, the from moment
      assertThat(fields()).containsExactly("requirements[0].to");
    }

    @Test
    void offsetsAreComparedAsInstants() {
      // 14:30+01:00 is 13:30 UTC, before 14:05 UTC
      requirement(0).put("from", "2026-11-03T14:30:00+01:00");
      requirement(0).put("to", "2026-11-03T14:05:00+00:00");
      assertThat(check().violations()).isEmpty();
    }
  }

  @Nested
  class CamundaVariables {

    private static final String JSON = """
        [{"identifierType":"IP_ADDRESS","identifier":"2001:DB8::0:7","dataType":"IP_RESOLUTION",
          "csp":"bravo-broadband","from":"2026-11-03T14:05Z","port":51000},
         {"identifierType":"MSISDN","identifier":"07700 900123","dataType":"SUBSCRIBER",
          "csp":"alpha-mobile","from":"2026-11-03T14:05:00+00:00","to":"2026-11-04T14:05:00+00:00"}]
        """;

    private void assertNormalisedFromJson(SubmissionResult result) {
      assertThat(result.violations()).isEmpty();
      assertThat(result.requirements()).hasSize(2);
      assertThat(result.requirements().get(0))
          .containsEntry("identifier", "2001:DB8::0:7")
          .containsEntry("identifierNormalised", "2001:db8::7")
          .containsEntry("from", "2026-11-03T14:05:00+00:00")
          .containsEntry("port", 51000);
      assertThat(result.requirements().get(1))
          .containsEntry("identifierNormalised", "+447700900123")
          .containsEntry("to", "2026-11-04T14:05:00+00:00");
    }

    @Test
    void requirementsAsAJsonString() {
      variables.put("requirements", JSON);
      assertNormalisedFromJson(check());
    }

    @Test
    void requirementsAsASpinJsonNode() {
      variables.put("requirements", Spin.JSON(JSON));
      assertNormalisedFromJson(check());
    }

    @Test
    void unreadableJsonIsOneViolationOnRequirements() {
      variables.put("requirements", "[{\"identifierType\": \"MSISDN\",");
      assertThat(check().violations()).containsExactly(
          new Violation("requirements", "cannot be read as a list of data requirements"));
    }

    @Test
    void jsonThatIsNotAListIsAViolationOnRequirements() {
      variables.put("requirements", "{\"identifierType\": \"MSISDN\"}");
      assertThat(check().violations()).containsExactly(
          new Violation("requirements", "must be a list of data requirements"));
    }

    @Test
    void anElementThatIsNotAnObjectIsAViolationOnThatElement() {
      variables.put("requirements", "[42]");
      assertThat(check().violations()).containsExactly(
          new Violation("requirements[0]", "must be a data requirement"));
    }

    @Test
    void booleansMayBeStrings() {
      variables.put("seriousCrime", "true");
      variables.put("journalisticSource", "false");
      requirement(0).put("dataType", "CELL_SITE");
      assertThat(check().violations()).isEmpty();
    }

    @Test
    void aBooleanThatIsNeitherTrueNorFalseIsAViolation() {
      variables.put("journalisticSource", "maybe");
      assertThat(check().violations())
          .containsExactly(new Violation("journalisticSource", "must be true or false"));
    }

    @Test
    void otherKeysOfARequirementAreKept() {
      requirement(0).put("rowId", "r1");
      assertThat(check().requirements().get(0)).containsEntry("rowId", "r1");
    }

    @Test
    void everyViolationIsReportedSortedByField() {
      variables.remove("operationName");
      variables.put("priority", "GRADE_1");
      requirement(0).put("identifier", "07700 90012");
      requirement(0).put("csp", "delta-telecom");
      requirement(0).put("to", "2026-11-03T15:05:00");
      SubmissionResult result = check();
      assertThat(result.valid()).isFalse();
      assertThat(result.requirements()).isEmpty();
      assertThat(result.violations()).extracting(Violation::field).containsExactly(
          "operationName",
          "requirements[0].csp",
          "requirements[0].identifier",
          "requirements[0].to",
          "urgencyJustification");
    }

    @Test
    void noVariablesAtAllIsViolationsNotAnException() {
      assertThat(submission.check(null).violations()).extracting(Violation::field)
          .contains("operationName", "requirements");
    }
  }
}
