package uk.police.gatekeeper.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.gatekeeper.GatekeeperTest;
import uk.police.gatekeeper.platform.HttpSession;

/** Each demo user gets into the webapps their work needs and is refused by the others. */
@GatekeeperTest
class WebappAccessTest {

  private static final List<String> APPS = List.of("tasklist", "cockpit", "admin");

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  static Stream<Arguments> demoUsers() {
    return Stream.of(
        Arguments.of("alice", List.of("tasklist")),
        Arguments.of("bob", List.of("tasklist")),
        Arguments.of("sam", List.of("tasklist", "cockpit")),
        Arguments.of("steve", List.of("tasklist", "cockpit")),
        Arguments.of("dora", List.of("tasklist")),
        Arguments.of("olga", List.of("tasklist")),
        Arguments.of("sara", List.of("tasklist")),
        Arguments.of("ian", List.of("tasklist")),
        Arguments.of("iris", List.of("tasklist")),
        Arguments.of("mona", List.of("tasklist", "cockpit")),
        Arguments.of("admin", List.of("tasklist", "cockpit", "admin")));
  }

  @ParameterizedTest(name = "{0} may use {1}")
  @MethodSource("demoUsers")
  void demoUserGetsExactlyTheirWebapps(String user, List<String> allowed) {
    for (String app : APPS) {
      int status = new HttpSession(port).loginToWebapp(app, user, "demo");
      assertThat(status).as("%s logging into %s", user, app).isEqualTo(allowed.contains(app) ? 200 : 403);
    }
  }

  @Test
  void wrongPasswordAndUnknownUserAreRefused() {
    // A user of this test's own: failed logins slow down the next attempts on the same account.
    User probe = identityService.newUser("webappprobe");
    probe.setPassword("correct horse battery");
    identityService.saveUser(probe);
    identityService.createMembership("webappprobe", UnitGroup.APPLICANTS.id());

    assertThat(new HttpSession(port).loginToWebapp("tasklist", "webappprobe", "wrong")).isEqualTo(401);
    assertThat(new HttpSession(port).loginToWebapp("tasklist", "nobody-here", "demo")).isEqualTo(401);
  }
}
