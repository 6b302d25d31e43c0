package uk.police.gatekeeper;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A row of Gatekeeper's tables as the API and products show it, whichever database read it. */
public final class Rows {

  private Rows() {
  }

  /** Column names in lower case (H2 upper-cases them), timestamps as ISO-8601 text. */
  public static Map<String, Object> plain(Map<String, Object> row) {
    Map<String, Object> result = new LinkedHashMap<>();
    row.forEach((column, value) -> result.put(column.toLowerCase(Locale.ROOT),
        value instanceof Timestamp timestamp ? timestamp.toInstant().toString()
            : value instanceof OffsetDateTime dateTime ? dateTime.toString() : value));
    return result;
  }
}
