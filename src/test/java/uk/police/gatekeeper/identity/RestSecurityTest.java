package uk.police.gatekeeper.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.gatekeeper.GatekeeperTest;
import uk.police.gatekeeper.platform.HttpSession;

/** The REST API needs credentials and then obeys the same authorizations as the webapps. */
@GatekeeperTest
class RestSecurityTest {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  RepositoryService repositoryService;

  @Test
  void withoutCredentialsTheRestApiAnswers401() {
    assertThat(new HttpSession(port).get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(new HttpSession(port).get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
    assertThat(new HttpSession(port).get("/api/applications/CD-2026-000001").statusCode()).isEqualTo(401);
  }

  @Test
  void wrongCredentialsAnswer401() {
    User probe = identityService.newUser("restprobe");
    probe.setPassword("the right one");
    identityService.saveUser(probe);

    assertThat(new HttpSession(port).getAs("/engine-rest/task", "restprobe", "a wrong one").statusCode())
        .isEqualTo(401);
    assertThat(new HttpSession(port).getAs("/engine-rest/task", "nobody-here", "demo").statusCode())
        .isEqualTo(401);
  }

  @Test
  void demoUserWithRightCredentialsGetsIn() {
    assertThat(new HttpSession(port).getAs("/engine-rest/task", "sam", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  void applicantIsRefusedWhatOnlyCockpitUsersMayRead() {
    String deploymentId = repositoryService.createDeploymentQuery().list().get(0).getId();
    String deploymentResources = "/engine-rest/deployment/" + deploymentId + "/resources";
    String durationReport = "/engine-rest/history/process-instance/report?reportType=duration&periodUnit=month";

    assertThat(new HttpSession(port).getAs(deploymentResources, "alice", "demo").statusCode()).isEqualTo(403);
    assertThat(new HttpSession(port).getAs(durationReport, "alice", "demo").statusCode()).isEqualTo(403);
    assertThat(new HttpSession(port).getAs(deploymentResources, "mona", "demo").statusCode()).isEqualTo(200);
    assertThat(new HttpSession(port).getAs(durationReport, "mona", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  void applicantCannotGrantThemselvesMore() {
    String grant = """
        {"type": 1, "permissions": ["ALL"], "userId": "alice", "resourceType": 0, "resourceId": "cockpit"}""";
    assertThat(new HttpSession(port).postJsonAs("/engine-rest/authorization/create", grant, "alice", "demo")
        .statusCode()).isEqualTo(403);
  }
}
