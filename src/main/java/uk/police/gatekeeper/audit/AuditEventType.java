package uk.police.gatekeeper.audit;

/** What happened. Names are stable: the Commissioner's inspectors read them in exports. */
public enum AuditEventType {
  CASE_STARTED,
  CASE_ENDED,
  STATUS_CHANGED,
  TASK_CREATED,
  TASK_CLAIMED,
  TASK_UNCLAIMED,
  TASK_ASSIGNED,
  TASK_UPDATED,
  TASK_COMPLETED,
  TASK_CANCELLED,
  CASE_VIEWED,
  ERROR_RAISED,
  PRODUCT_ISSUED,
  CSP_DELIVERY
}
