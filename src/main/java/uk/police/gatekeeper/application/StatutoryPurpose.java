package uk.police.gatekeeper.application;

/** The statutory purposes an application may rely on (contract.md, {@code statutoryPurpose}). */
public enum StatutoryPurpose {
  CRIME,
  PREVENT_DEATH_OR_INJURY,
  NATIONAL_SECURITY,
  PUBLIC_SAFETY,
  MISCARRIAGE_OF_JUSTICE
}
