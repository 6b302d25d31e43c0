package uk.police.gatekeeper.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.police.gatekeeper.GatekeeperApplication;

/** A restart on the same database with unchanged models deploys nothing new. */
class RestartIT {

  @TempDir
  Path dataDir;

  @Test
  void restartingOnTheSameDatabaseCreatesNoNewDeploymentOrVersion() {
    String url = "jdbc:h2:file:" + dataDir.resolve("gatekeeper") + ";AUTO_SERVER=TRUE";

    long deployments;
    List<String> definitions;
    try (ConfigurableApplicationContext first = start(url)) {
      RepositoryService repository = first.getBean(RepositoryService.class);
      deployments = repository.createDeploymentQuery().count();
      definitions = definitionIds(repository);
      String deploymentId = repository.createDeploymentQuery().singleResult().getId();
      List<String> resources = repository.getDeploymentResources(deploymentId).stream()
          .map(Resource::getName).toList();
      // The process application deployed the decision tables and the forms from bpmn/ and forms/.
      assertThat(resources).contains("bpmn/authorisation-route.dmn", "forms/spoc-review.form");
    }
    assertThat(deployments).isEqualTo(1);
    assertThat(Files.exists(dataDir.resolve("gatekeeper.mv.db"))).isTrue();

    try (ConfigurableApplicationContext second = start(url)) {
      RepositoryService repository = second.getBean(RepositoryService.class);
      assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(definitionIds(repository)).isEqualTo(definitions);
    }
  }

  /** Every versioned thing a deployment creates: processes and decisions. */
  private static List<String> definitionIds(RepositoryService repository) {
    List<String> ids = new java.util.ArrayList<>();
    repository.createProcessDefinitionQuery().list().stream().map(ProcessDefinition::getId).forEach(ids::add);
    repository.createDecisionDefinitionQuery().list().forEach(decision -> ids.add(decision.getId()));
    return ids.stream().sorted().toList();
  }

  private static ConfigurableApplicationContext start(String url) {
    // Arguments, not default properties: application-demo.yaml would outrank those and use ./data.
    return new SpringApplicationBuilder(GatekeeperApplication.class)
        .run("--spring.profiles.active=demo", "--spring.datasource.url=" + url, "--server.port=0",
            "--camunda.bpm.job-execution.enabled=false");
  }
}
