package uk.police.gatekeeper;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;

/**
 * A sequence in Gatekeeper's schema, read the way the database in use (H2 or PostgreSQL) spells it.
 * Sequences, not counters in a table, because several nodes draw numbers at once.
 */
public final class DatabaseSequence {

  private DatabaseSequence() {
  }

  public static DataFieldMaxValueIncrementer of(DataSource dataSource, String name) {
    String qualified = "\"gatekeeper\"." + name;
    try {
      String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
      return product.toLowerCase(java.util.Locale.ROOT).contains("postgres")
          ? new PostgresSequenceMaxValueIncrementer(dataSource, qualified)
          : new H2SequenceMaxValueIncrementer(dataSource, qualified);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database holds sequence " + name, e);
    }
  }
}
