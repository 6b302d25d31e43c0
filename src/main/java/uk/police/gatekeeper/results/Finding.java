package uk.police.gatekeeper.results;

/**
 * One way a CSP's answer departs from the authorisation. {@code errorType} is one of the
 * contract's error types ({@code WRONG_IDENTIFIER}, {@code WRONG_PERIOD}, {@code
 * WRONG_DATA_TYPE}, {@code EXCESS_DATA}), ready to start a {@code cd-error} with; {@code
 * recordIndex} is the record's position in the response, or {@link #WHOLE_RESPONSE}. The detail
 * names fields and rules; it never copies excess data.
 */
public record Finding(String errorType, int recordIndex, String detail) {

  /** The finding concerns the response as a whole (e.g. too many records). */
  public static final int WHOLE_RESPONSE = -1;

  public static final String WRONG_IDENTIFIER = "WRONG_IDENTIFIER";
  public static final String WRONG_PERIOD = "WRONG_PERIOD";
  public static final String WRONG_DATA_TYPE = "WRONG_DATA_TYPE";
  public static final String EXCESS_DATA = "EXCESS_DATA";
}
