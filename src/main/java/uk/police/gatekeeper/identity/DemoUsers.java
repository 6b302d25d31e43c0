package uk.police.gatekeeper.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The contract's demo users, created in the demo profile only. Their password follows
 * {@code GATEKEEPER_DEMO_PASSWORD} (default {@code demo}) and is set again at each start so a changed
 * setting takes effect.
 */
@Component
@Profile("demo")
public class DemoUsers implements UserProvisioning {

  record DemoUser(String id, String firstName, String lastName, UnitGroup group) {
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("alice", "Alice", "Archer (DC, applicant)", UnitGroup.APPLICANTS),
      new DemoUser("bob", "Bob", "Baker (DS, applicant)", UnitGroup.APPLICANTS),
      new DemoUser("sam", "Sam", "Spencer (SPoC)", UnitGroup.SPOC),
      new DemoUser("steve", "Steve", "Stone (SPoC)", UnitGroup.SPOC),
      new DemoUser("dora", "Dora", "Dean (Supt, DP / DSO)", UnitGroup.AUTHORISERS),
      new DemoUser("olga", "Olga", "Owen (OCDA)", UnitGroup.OCDA),
      new DemoUser("sara", "Sara", "Reid (SRO)", UnitGroup.SRO),
      new DemoUser("ian", "Ian", "Irwin (Intelligence officer)", UnitGroup.INTELLIGENCE_OFFICERS),
      new DemoUser("iris", "Iris", "Ingram (Intelligence officer)", UnitGroup.INTELLIGENCE_OFFICERS),
      new DemoUser("mona", "Mona", "Mills (CDIU manager)", UnitGroup.CDIU_MANAGERS),
      new DemoUser("admin", "Process", "Owner (administrator)", UnitGroup.CAMUNDA_ADMIN));

  private final IdentityService identityService;
  private final UnitGroups groups;
  private final String password;

  public DemoUsers(IdentityService identityService, UnitGroups groups,
      @Value("${gatekeeper.demo.password}") String password) {
    this.identityService = identityService;
    this.groups = groups;
    this.password = password;
  }

  @Override
  public void provision() {
    for (DemoUser demo : USERS) {
      User user = identityService.createUserQuery().userId(demo.id()).singleResult();
      if (user == null) {
        user = identityService.newUser(demo.id());
      }
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@gatekeeper.example");
      user.setPassword(password);
      identityService.saveUser(user);
      groups.ensureMember(demo.id(), demo.group());
    }
  }
}
