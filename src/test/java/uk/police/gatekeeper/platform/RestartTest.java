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
class RestartTest {

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
      // The process application deployed the diagrams and the forms from bpmn/ and forms/.
      assertThat(resources).anyMatch(name -> name.endsWith(".bpmn"));
      assertThat(resources).anyMatch(name -> name.endsWith(".form"));
    }
    assertThat(deployments).isEqualTo(1);
    assertThat(Files.exists(dataDir.resolve("gatekeeper.mv.db"))).isTrue();

    try (ConfigurableApplicationContext second = start(url)) {
      RepositoryService repository = second.getBean(RepositoryService.class);
      assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(definitionIds(repository)).isEqualTo(definitions);
    }
  }

  private static List<String> definitionIds(RepositoryService repository) {
    return repository.createProcessDefinitionQuery().orderByProcessDefinitionId().asc().list().stream()
        .map(ProcessDefinition::getId).toList();
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(GatekeeperApplication.class)
        .properties("spring.profiles.active=demo", "spring.datasource.url=" + url, "server.port=0",
            "camunda.bpm.job-execution.enabled=false")
        .run();
  }
}
