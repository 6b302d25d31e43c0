package uk.police.gatekeeper.identity;

/** Creates the people a profile starts with (demo users, or the first administrator). */
public interface UserProvisioning {

  void provision();
}
