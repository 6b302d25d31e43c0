package uk.police.gatekeeper.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.gatekeeper.GatekeeperTest;

/** References come from the database sequence: well-formed and unique under concurrent submissions. */
@GatekeeperTest
class ApplicationReferencesTest {

  @Autowired ApplicationReferences references;

  @Test
  void concurrentSubmissionsNeverShareAReference() throws Exception {
    ExecutorService submitters = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> draws = IntStream.range(0, 200).<Callable<String>>mapToObj(i -> references::next).toList();
      List<String> issued = submitters.invokeAll(draws).stream().map(ApplicationReferencesTest::value).toList();

      assertThat(issued).hasSize(200).doesNotHaveDuplicates()
          .allMatch(reference -> reference.matches("CD-" + Year.now(java.time.ZoneId.of("Europe/London")).getValue() + "-\\d{6}"));
    } finally {
      submitters.shutdownNow();
    }
  }

  private static String value(Future<String> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
