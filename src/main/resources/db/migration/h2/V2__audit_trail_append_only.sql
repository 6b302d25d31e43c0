CREATE TRIGGER audit_event_no_update_or_delete
  BEFORE UPDATE, DELETE ON audit_event
  FOR EACH ROW CALL 'uk.police.gatekeeper.audit.AppendOnlyH2Trigger';
