package uk.police.gatekeeper.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's counterpart of the PostgreSQL trigger: the embedded database refuses to rewrite the audit trail. */
public class AppendOnlyH2Trigger implements Trigger {

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("The audit trail is append-only: "
        + (newRow == null ? "DELETE" : "UPDATE") + " on audit_event refused");
  }
}
