-- The error register: every relevant error, recordable or reportable, with what the SRO decided and,
-- for a reportable one, when and how it was reported to the Investigatory Powers Commissioner.
CREATE SEQUENCE error_number START WITH 1 INCREMENT BY 1;

CREATE TABLE error_record (
  reference                VARCHAR(20)  PRIMARY KEY,
  process_instance_id      VARCHAR(64)  NOT NULL,
  application_reference    VARCHAR(20),
  error_type               VARCHAR(30)  NOT NULL,
  error_cause              VARCHAR(20)  NOT NULL,
  data_acquired            BOOLEAN      NOT NULL,
  established_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  description              TEXT         NOT NULL,
  collateral_intrusion     TEXT,
  data_handling            TEXT,
  prevention_steps         TEXT,
  error_class              VARCHAR(12),
  regime                   VARCHAR(10)  NOT NULL,
  report_due_date          DATE,
  overdue                  BOOLEAN      NOT NULL DEFAULT FALSE,
  potentially_serious      BOOLEAN      NOT NULL DEFAULT FALSE,
  status                   VARCHAR(20)  NOT NULL,
  quarantine_decision      VARCHAR(10),
  quarantine_justification TEXT,
  commissioner_reference   VARCHAR(64),
  reported_on              DATE,
  raised_by                VARCHAR(255) NOT NULL,
  raised_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  signed_off_by            VARCHAR(255),
  signed_off_at            TIMESTAMP WITH TIME ZONE
);
CREATE INDEX error_record_application ON error_record (application_reference);
CREATE INDEX error_record_established ON error_record (established_at);
