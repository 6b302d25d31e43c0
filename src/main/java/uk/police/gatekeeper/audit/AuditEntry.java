package uk.police.gatekeeper.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/** One row of the audit trail. {@code details} holds event-specific facts, such as the variables set. */
public record AuditEntry(
    Long id,
    OffsetDateTime occurredAt,
    String actor,
    AuditEventType type,
    String caseReference,
    String processInstanceId,
    String processDefinitionKey,
    String taskId,
    String taskDefinitionKey,
    String taskName,
    Map<String, Object> details) {
}
