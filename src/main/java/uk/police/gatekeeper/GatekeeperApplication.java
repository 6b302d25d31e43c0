package uk.police.gatekeeper;

import java.time.Clock;
import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Gatekeeper: the SPoC's and Intelligence Officers' case management on Camunda 7.
 * Deployed as a process application so that {@code bpmn/} and {@code forms/} go to the engine as one
 * deployment, and only when something in them changed (see {@code META-INF/processes.xml}).
 */
@SpringBootApplication
@EnableProcessApplication("gatekeeper")
public class GatekeeperApplication {

  /** Wall-clock time for records; one bean so tests and a future time service can replace it. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  public static void main(String[] args) {
    SpringApplication.run(GatekeeperApplication.class, args);
  }
}
