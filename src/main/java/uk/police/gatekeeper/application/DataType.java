package uk.police.gatekeeper.application;

/**
 * The kinds of communications data a requirement asks for. Events data (who called whom, when,
 * where) may be acquired only for serious crime; entity data for any crime (domain.md section 2).
 */
public enum DataType {
  SUBSCRIBER(false),
  CALL_RECORDS(true),
  CELL_SITE(true),
  IP_RESOLUTION(false),
  PAYMENT_DETAILS(false);

  private final boolean eventsData;

  DataType(boolean eventsData) {
    this.eventsData = eventsData;
  }

  public boolean isEventsData() {
    return eventsData;
  }
}
