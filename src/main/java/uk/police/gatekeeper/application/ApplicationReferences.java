package uk.police.gatekeeper.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.DatabaseSequence;

/**
 * Issues application references {@code CD-<year>-<6 digits>} from a database sequence, so they stay
 * unique when several nodes take submissions at once. The number is drawn only after a submission
 * passed every rule; a later rollback can leave a gap in the numbers, never a case without a record.
 */
@Component
public class ApplicationReferences {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private final DataFieldMaxValueIncrementer numbers;
  private final Clock clock;

  public ApplicationReferences(DataSource dataSource, Clock clock) {
    this.numbers = DatabaseSequence.of(dataSource, "application_number");
    this.clock = clock;
  }

  public String next() {
    return String.format("CD-%d-%06d", LocalDate.now(clock.withZone(UK)).getYear(), numbers.nextLongValue());
  }
}
