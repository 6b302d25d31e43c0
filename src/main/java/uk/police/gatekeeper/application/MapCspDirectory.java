package uk.police.gatekeeper.application;

import java.util.Map;
import java.util.Set;

/** A {@link CspDirectory} held in memory: CSP id to the identifier types it serves. */
public final class MapCspDirectory implements CspDirectory {

  private final Map<String, Set<String>> identifierTypesByCsp;

  public MapCspDirectory(Map<String, Set<String>> identifierTypesByCsp) {
    this.identifierTypesByCsp = Map.copyOf(identifierTypesByCsp);
  }

  /** The simulator's CSPs named in contract.md ("Demo CSPs"). */
  public static MapCspDirectory demo() {
    return new MapCspDirectory(Map.of(
        "alpha-mobile", Set.of("MSISDN", "IMEI", "IMSI"),
        "bravo-broadband", Set.of("IP_ADDRESS", "EMAIL", "ACCOUNT"),
        "charlie-mail", Set.of("EMAIL", "ACCOUNT")));
  }

  @Override
  public boolean exists(String cspId) {
    return cspId != null && identifierTypesByCsp.containsKey(cspId);
  }

  @Override
  public boolean serves(String cspId, String identifierType) {
    return exists(cspId) && identifierTypesByCsp.get(cspId).contains(identifierType);
  }
}
