package uk.police.gatekeeper.application;

/**
 * The communications service providers Gatekeeper is configured to send requests to, and which
 * identifier types each accepts. Injected, because the list differs between forces and
 * environments (the demo profile uses the built-in simulator's CSPs).
 */
public interface CspDirectory {

  boolean exists(String cspId);

  boolean serves(String cspId, String identifierType);
}
