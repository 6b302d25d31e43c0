package uk.police.gatekeeper.csp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import uk.police.gatekeeper.application.DataType;
import uk.police.gatekeeper.application.ExplicitOffsetDateTime;

/**
 * Made-up answers for the built-in CSP simulator. The same request always gets the same answer:
 * people, addresses and events are drawn from a {@link Random} seeded with a hash of the identifier
 * (and the request's period), never from real data. Names and places are fictional and phone
 * numbers lie in Ofcom's drama range.
 *
 * <p>{@link #answer} is what a well-behaved CSP sends: the identifier asked about, the data type
 * asked for, times inside the period and only the fields of that data type, so it passes
 * {@code results.ResultCheck}. {@link #misbehave} gives the deliberately wrong bodies of the
 * {@link SimulatorTrigger}s.
 */
public final class SyntheticCspData {

  private static final String[] FIRST_NAMES = {
    "Alex", "Sam", "Jordan", "Morgan", "Casey", "Robin", "Jamie", "Charlie", "Taylor", "Riley"};
  private static final String[] SURNAMES = {
    "Example", "Sample", "Placeholder", "Testington", "Specimen", "Dummy", "Mockford", "Fictional"};
  private static final String[] STREETS = {
    "Example Road", "Sample Street", "Specimen Lane", "Placeholder Avenue", "Fiction Close"};
  /** Fictional towns, each with a postcode of the usual shape. */
  private static final String[][] TOWNS = {
    {"Readingford", "RG1 1AA"}, {"Sampleton", "SX9 4ZZ"}, {"Testbury", "TB3 7QQ"},
    {"Exampleham", "EX7 2XX"}};

  /** The field the EXCESS_DATA trigger adds: allowed for no data type. */
  static final String EXCESS_FIELD = "emailAddress";

  private SyntheticCspData() {}

  /** The CSP's id of its delivery for a request: the same on every resend, so it deduplicates. */
  public static String deliveryId(String requestReference) {
    return "DLV-" + HexFormat.of().formatHex(sha256(requestReference), 0, 8);
  }

  /** The answer a well-behaved CSP sends for the request. */
  public static CspResponseMessage answer(CspRequestMessage request) {
    return CspResponseMessage.results(
        request.requestReference(), deliveryId(request.requestReference()), records(request));
  }

  /**
   * The callback body the simulator posts for the request: the good answer, or the misbehaving
   * body of its trigger; empty when the trigger never calls back (server error, never answers).
   */
  public static Optional<String> callbackBody(CspRequestMessage request) {
    return SimulatorTrigger.of(request)
        .map(trigger -> misbehave(trigger, request))
        .orElseGet(() -> Optional.of(CspMessages.toJson(answer(request))));
  }

  /**
   * The callback body a trigger produces, as JSON text because one of them is not JSON at all;
   * empty for {@link SimulatorTrigger#SERVER_ERROR} and {@link SimulatorTrigger#NEVER_ANSWERS},
   * which never call back.
   */
  public static Optional<String> misbehave(SimulatorTrigger trigger, CspRequestMessage request) {
    String reference = request.requestReference();
    String deliveryId = deliveryId(reference);
    List<Map<String, Object>> records = records(request);
    Map<String, Object> first = records.get(0);
    switch (trigger) {
      case NIL_RETURN:
        return Optional.of(CspMessages.toJson(CspResponseMessage.nilReturn(reference, deliveryId)));
      case SERVER_ERROR:
      case NEVER_ANSWERS:
        return Optional.empty();
      case MALFORMED_BODY:
        // A proper prefix of a JSON object is never a complete JSON object.
        String whole = CspMessages.toJson(CspResponseMessage.results(reference, deliveryId, records));
        return Optional.of(whole.substring(0, whole.length() / 2));
      case WRONG_IDENTIFIER:
        first.put(CspResponseMessage.IDENTIFIER, transposed(request.identifier()));
        break;
      case OUTSIDE_PERIOD:
        first.put(CspResponseMessage.TIMESTAMP, ExplicitOffsetDateTime.format(anHourOut(request.from())));
        break;
      case EXCESS_DATA:
        first.put(EXCESS_FIELD, "someone@example.invalid");
        break;
      default:
        throw new IllegalArgumentException("no misbehaviour for " + trigger);
    }
    return Optional.of(
        CspMessages.toJson(CspResponseMessage.results(reference, deliveryId, records)));
  }

  // ---- the records ---------------------------------------------------------------------------

  private static List<Map<String, Object>> records(CspRequestMessage request) {
    Person person = new Person(new Random(seed(request.identifierType() + ":" + request.identifier())));
    Random events = new Random(seed(request.identifierType() + ":" + request.identifier() + ":"
        + request.dataType() + ":" + request.from().toInstant() + ":"
        + (request.to() == null ? "" : request.to().toInstant())));
    List<Map<String, Object>> records = new ArrayList<>();
    switch (request.dataType()) {
      case SUBSCRIBER -> {
        Map<String, Object> record = record(request, request.from());
        record.put("name", person.name);
        record.put("address", person.address);
        record.put("dateOfBirth", person.dateOfBirth.toString());
        // Opened before the period asked about, as an account holding the number must have been.
        record.put("accountStart",
            request.from().toLocalDate().minusDays(person.accountAgeDays).toString());
        record.put("accountNumber", person.accountNumber);
        records.add(record);
      }
      case CALL_RECORDS -> {
        for (OffsetDateTime at : times(request, events, 3 + events.nextInt(4))) {
          Map<String, Object> record = record(request, at);
          record.put("otherParty", "+447700900" + (100 + events.nextInt(900)));
          record.put("direction", events.nextBoolean() ? "OUTGOING" : "INCOMING");
          record.put("durationSeconds", 5 + events.nextInt(1800));
          records.add(record);
        }
      }
      case CELL_SITE -> {
        for (OffsetDateTime at : times(request, events, 2 + events.nextInt(4))) {
          Map<String, Object> record = record(request, at);
          record.put("cellId", "234-15-" + (1000 + events.nextInt(9000)) + "-"
              + (10000 + events.nextInt(90000)));
          record.put("latitude", round5(51.30 + events.nextDouble() * 0.30));
          record.put("longitude", round5(-1.10 + events.nextDouble() * 0.30));
          record.put("azimuth", 120 * events.nextInt(3));
          records.add(record);
        }
      }
      case IP_RESOLUTION -> {
        Map<String, Object> record = record(request, request.from());
        record.put("accountNumber", person.accountNumber);
        record.put("name", person.name);
        record.put("address", person.address);
        if (request.port() != null) {
          record.put("port", request.port());
        }
        records.add(record);
      }
      case PAYMENT_DETAILS -> {
        Map<String, Object> record = record(request, request.from());
        boolean card = events.nextBoolean();
        record.put("paymentMethod", card ? "CARD" : "DIRECT_DEBIT");
        if (card) {
          record.put("cardLast4", String.format("%04d", events.nextInt(10_000)));
        }
        record.put("billingAddress", person.address);
        record.put("amount", String.format("%d.%02d", 5 + events.nextInt(60), events.nextInt(100)));
        records.add(record);
      }
      default -> throw new IllegalArgumentException("no synthetic data for " + request.dataType());
    }
    return records;
  }

  private static Map<String, Object> record(CspRequestMessage request, OffsetDateTime at) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put(CspResponseMessage.IDENTIFIER, request.identifier());
    record.put(CspResponseMessage.DATA_TYPE, request.dataType().name());
    // Written in UTC, as CSPs commonly do: the check compares instants, not wall-clock times.
    record.put(CspResponseMessage.TIMESTAMP,
        ExplicitOffsetDateTime.format(at.withOffsetSameInstant(ZoneOffset.UTC)));
    return record;
  }

  /** Times inside [from, to] in order; from + whole seconds never passes to. */
  private static List<OffsetDateTime> times(CspRequestMessage request, Random random, int count) {
    long seconds = request.to() == null
        ? 0
        : Duration.between(request.from(), request.to()).getSeconds();
    List<Long> offsets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      offsets.add(Math.min(seconds, (long) (random.nextDouble() * (seconds + 1))));
    }
    offsets.sort(null);
    return offsets.stream().map(request.from()::plusSeconds).toList();
  }

  /**
   * The classic slip: the authorised wall-clock time read in a zone an hour ahead (GMT taken for
   * BST), which is one hour before the authorised instant.
   */
  static OffsetDateTime anHourOut(OffsetDateTime from) {
    int shifted = from.getOffset().getTotalSeconds() + 3600;
    return shifted > ZoneOffset.MAX.getTotalSeconds()
        ? from.minusHours(1)
        : from.toLocalDateTime().atOffset(ZoneOffset.ofTotalSeconds(shifted));
  }

  /** The identifier with its last two digits swapped, as a mistyped identifier would be. */
  static String transposed(String identifier) {
    char[] chars = identifier.toCharArray();
    int last = chars.length - 1;
    if (chars[last] != chars[last - 1]) {
      char swap = chars[last];
      chars[last] = chars[last - 1];
      chars[last - 1] = swap;
    } else {
      chars[last] = chars[last] == '9' ? '0' : (char) (chars[last] + 1);
    }
    return new String(chars);
  }

  private static double round5(double value) {
    return Math.round(value * 100_000d) / 100_000d;
  }

  private static long seed(String text) {
    byte[] hash = sha256(text);
    long seed = 0;
    for (int i = 0; i < 8; i++) {
      seed = (seed << 8) | (hash[i] & 0xff);
    }
    return seed;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException everyJvmHasIt) {
      throw new IllegalStateException(everyJvmHasIt);
    }
  }

  /** A fictional subscriber, the same for the same identifier whatever is asked about them. */
  private static final class Person {
    final String name;
    final String address;
    final LocalDate dateOfBirth;
    final int accountAgeDays;
    final String accountNumber;

    Person(Random random) {
      name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
          + SURNAMES[random.nextInt(SURNAMES.length)];
      String[] town = TOWNS[random.nextInt(TOWNS.length)];
      address = "Flat " + (1 + random.nextInt(9)) + ", " + (1 + random.nextInt(120)) + " "
          + STREETS[random.nextInt(STREETS.length)] + ", " + town[0] + " " + town[1];
      dateOfBirth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
      accountAgeDays = 30 + random.nextInt(4_000);
      accountNumber = "ACC" + String.format("%08d", random.nextInt(100_000_000));
    }
  }
}
