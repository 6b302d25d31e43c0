package uk.police.gatekeeper.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.gatekeeper.GatekeeperApplication;
import uk.police.gatekeeper.audit.AuditEventType;
import uk.police.gatekeeper.audit.AuditSubject;
import uk.police.gatekeeper.audit.AuditTrail;

/**
 * Gatekeeper in the {@code prod} profile on a real PostgreSQL server (started by scripts/test): the
 * engine and Gatekeeper's own tables are created, the first administrator exists, no demo user does,
 * the audit trail is append-only in PostgreSQL too, and a restart deploys nothing new.
 */
class PostgresIT {

  private final String adminPassword = UUID.randomUUID().toString();

  @Test
  void startsInProdOnPostgresqlAndRestartsWithoutRedeploying() {
    long deployments;
    try (ConfigurableApplicationContext gatekeeper = start()) {
      RepositoryService repository = gatekeeper.getBean(RepositoryService.class);
      IdentityService identity = gatekeeper.getBean(IdentityService.class);
      deployments = repository.createDeploymentQuery().count();
      assertThat(deployments).isPositive();

      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list())
          .extracting(user -> user.getId()).containsExactly("chief");
      assertThat(identity.checkPassword("chief", adminPassword)).isTrue();
      assertThat(identity.createUserQuery().userId("alice").count()).as("no demo users in prod").isZero();
      assertThat(gatekeeper.getBean(FilterService.class).createFilterQuery().count()).isEqualTo(5);

      int port = ((WebServerApplicationContext) gatekeeper).getWebServer().getPort();
      assertThat(new HttpSession(port).get("/engine-rest/task").statusCode()).isEqualTo(401);
      assertThat(new HttpSession(port).getAs("/engine-rest/task", "chief", adminPassword).statusCode())
          .isEqualTo(200);

      // A whole submission on PostgreSQL: the reference sequence, Gatekeeper's tables, the audit trail.
      String submission = """
          {"variables": {
            "operationName": {"value": "HERON"}, "statutoryPurpose": {"value": "CRIME"},
            "offence": {"value": "Fraud by false representation"}, "seriousCrime": {"value": false},
            "priority": {"value": "ROUTINE"}, "subjectRole": {"value": "SUSPECT"},
            "necessity": {"value": "The account holder is the only unidentified party."},
            "proportionality": {"value": "One subscriber check; nothing less intrusive exists."},
            "collateralIntrusion": {"value": "None: the account is the suspect's own."},
            "journalisticSource": {"value": false},
            "requirements": {"type": "Json", "value": "[{\\"identifierType\\": \\"EMAIL\\", \\"identifier\\": \\"Someone@Example.COM\\", \\"dataType\\": \\"SUBSCRIBER\\", \\"csp\\": \\"charlie-mail\\", \\"from\\": \\"2026-11-01T00:00:00+00:00\\", \\"to\\": \\"2026-11-02T00:00:00+00:00\\"}]"}
          }}""";
      var started = new HttpSession(port).postJsonAs("/engine-rest/process-definition/key/cd-application/submit-form",
          submission, "chief", adminPassword);
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
      assertThat(started.body()).containsPattern("\"businessKey\":\"CD-\\d{4}-\\d{6}\"");
      assertThat(gatekeeper.getBean(JdbcTemplate.class).queryForObject(
          "SELECT identifier_normalised FROM \"gatekeeper\".data_requirement", String.class))
          .isEqualTo("Someone@example.com");

      AuditTrail trail = gatekeeper.getBean(AuditTrail.class);
      String reference = "CD-2026-" + (100000 + (int) (Math.random() * 800000));
      trail.record("chief", AuditEventType.STATUS_CHANGED,
          new AuditSubject(reference, null, null, null, null, null), Map.of("to", "SPOC_REVIEW"));
      assertThat(trail.forCase(reference)).hasSize(1);
      JdbcTemplate jdbc = gatekeeper.getBean(JdbcTemplate.class);
      assertThatThrownBy(() -> jdbc.update("UPDATE \"gatekeeper\".audit_event SET actor = 'x'"))
          .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
      assertThatThrownBy(() -> jdbc.update("DELETE FROM \"gatekeeper\".audit_event"))
          .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    try (ConfigurableApplicationContext restarted = start()) {
      assertThat(restarted.getBean(RepositoryService.class).createDeploymentQuery().count()).isEqualTo(deployments);
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(GatekeeperApplication.class).run(
        "--spring.profiles.active=prod",
        "--spring.datasource.url=" + TestEnvironment.require("GATEKEEPER_TEST_DB_URL"),
        "--spring.datasource.username=" + TestEnvironment.require("GATEKEEPER_TEST_DB_USER"),
        "--spring.datasource.password=" + TestEnvironment.require("GATEKEEPER_TEST_DB_PASSWORD"),
        "--gatekeeper.admin.user=chief",
        "--gatekeeper.admin.password=" + adminPassword,
        "--gatekeeper.csps[0].id=charlie-mail",
        "--gatekeeper.csps[0].name=Charlie Mail",
        "--gatekeeper.csps[0].identifier-types=EMAIL,ACCOUNT",
        "--server.port=0");
  }
}
