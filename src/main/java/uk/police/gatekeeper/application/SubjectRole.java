package uk.police.gatekeeper.application;

/** Who the subject of the data is to the investigation (contract.md, {@code subjectRole}). */
public enum SubjectRole {
  SUSPECT,
  VICTIM,
  WITNESS,
  VULNERABLE_PERSON,
  OTHER
}
