package uk.police.gatekeeper.errors;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.police.gatekeeper.sla.WorkingDayCalendar;

/**
 * Reads the error register (table {@code "gatekeeper".error_record}, filled by process {@code cd-error}).
 * Read only: the process owns the writes. Filter values are always bound, never written into the SQL.
 * Rows come back with lower-case column names whatever the database, date-times as ISO-8601 instants
 * ({@code 2026-11-03T14:05:00Z}) and dates as {@code 2026-11-13}.
 */
@Repository
public class ErrorRegister {

  /** Flyway creates the schema quoted in lower case; quoted here it resolves on H2 and PostgreSQL. */
  static final String TABLE = "\"gatekeeper\".error_record";

  /** The class statistics' key for a record the SRO has not classified yet (the column is nullable). */
  public static final String UNCLASSIFIED = "UNCLASSIFIED";

  private static final ZoneId UK = WorkingDayCalendar.UK;
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

  private final JdbcTemplate jdbc;

  public ErrorRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The errors matching the filter, oldest established first. */
  public List<Map<String, Object>> find(ErrorFilter filter) {
    return query(filter).stream().map(ErrorRegister::plain).toList();
  }

  public Optional<Map<String, Object>> get(String reference) {
    return jdbc.queryForList("SELECT * FROM " + TABLE + " WHERE reference = ?", reference).stream()
        .findFirst().map(ErrorRegister::plain);
  }

  /**
   * Counts of the filtered errors: {@code total}, and {@code byErrorType}, {@code byErrorCause},
   * {@code byErrorClass} (keys in alphabetical order) and {@code byMonth} (UK month of
   * {@code established_at}, {@code YYYY-MM}, in calendar order). Only values that occur are listed.
   */
  public Map<String, Object> statistics(ErrorFilter filter) {
    List<Map<String, Object>> rows = query(filter);
    Map<String, Object> statistics = new LinkedHashMap<>();
    statistics.put("total", rows.size());
    statistics.put("byErrorType", count(rows, row -> text(row, "error_type")));
    statistics.put("byErrorCause", count(rows, row -> text(row, "error_cause")));
    statistics.put("byErrorClass", count(rows, row -> {
      String errorClass = text(row, "error_class");
      return errorClass == null ? UNCLASSIFIED : errorClass;
    }));
    statistics.put("byMonth", count(rows, row -> MONTH.format(instant(value(row, "established_at")).atZone(UK))));
    return statistics;
  }

  private List<Map<String, Object>> query(ErrorFilter filter) {
    StringBuilder sql = new StringBuilder("SELECT * FROM " + TABLE + " WHERE 1 = 1");
    List<Object> arguments = new ArrayList<>();
    if (filter.errorClass() != null) {
      sql.append(" AND error_class = ?");
      arguments.add(filter.errorClass());
    }
    if (filter.errorType() != null) {
      sql.append(" AND error_type = ?");
      arguments.add(filter.errorType());
    }
    if (filter.errorCause() != null) {
      sql.append(" AND error_cause = ?");
      arguments.add(filter.errorCause());
    }
    if (filter.status() != null) {
      sql.append(" AND status = ?");
      arguments.add(filter.status());
    }
    if (filter.from() != null) {
      // The UK day starts at local midnight: 00:00Z in winter, 23:00Z the day before in summer.
      sql.append(" AND established_at >= ?");
      arguments.add(filter.from().atStartOfDay(UK).toOffsetDateTime());
    }
    if (filter.to() != null) {
      sql.append(" AND established_at < ?");
      arguments.add(filter.to().plusDays(1).atStartOfDay(UK).toOffsetDateTime());
    }
    if (filter.overdue() != null) {
      sql.append(" AND overdue = ?");
      arguments.add(filter.overdue());
    }
    if (filter.applicationReference() != null) {
      sql.append(" AND application_reference = ?");
      arguments.add(filter.applicationReference());
    }
    sql.append(" ORDER BY established_at, reference");
    return jdbc.queryForList(sql.toString(), arguments.toArray());
  }

  private static Map<String, Integer> count(List<Map<String, Object>> rows,
      Function<Map<String, Object>, String> key) {
    Map<String, Integer> counts = new TreeMap<>();
    rows.forEach(row -> counts.merge(key.apply(row), 1, Integer::sum));
    return new LinkedHashMap<>(counts);
  }

  /** Column names in lower case whatever the database. */
  private static Object value(Map<String, Object> row, String column) {
    for (Map.Entry<String, Object> entry : row.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(column)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static String text(Map<String, Object> row, String column) {
    Object value = value(row, column);
    return value == null ? null : value.toString();
  }

  private static Map<String, Object> plain(Map<String, Object> row) {
    Map<String, Object> result = new LinkedHashMap<>();
    row.forEach((column, value) -> result.put(column.toLowerCase(Locale.ROOT), plainValue(value)));
    return result;
  }

  private static Object plainValue(Object value) {
    if (value instanceof Timestamp || value instanceof OffsetDateTime || value instanceof Instant) {
      return instant(value).toString();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    return value;
  }

  /** H2 answers TIMESTAMP WITH TIME ZONE as OffsetDateTime, PostgreSQL's driver as Timestamp. */
  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.toInstant();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    throw new IllegalStateException("Not a date-time: " + value);
  }
}
