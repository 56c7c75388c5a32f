-- WerkERP V18: a complete, tamper-evident audit trail (issue 16 item 5).
-- Values in full (no 1,000-character limit), more kinds of entries (bulk changes, status changes, imports,
-- sign-ins, reading special-category data), special-category values with the roles that may read them,
-- a hash chain per tenant (seq, prev_hash, hash; head in audit_kette) and triggers that refuse UPDATE and DELETE.
-- Entries from before V18 keep seq/hash NULL: the chain of a tenant starts at their digest (AuditTrail).

ALTER TABLE audit_eintrag DROP CONSTRAINT ck_audit_aktion;

ALTER TABLE audit_eintrag
  MODIFY aktion      VARCHAR(30)  NOT NULL,
  MODIFY objekt_id   BIGINT       NULL,
  MODIFY feld        VARCHAR(200) NULL,
  MODIFY alter_wert  MEDIUMTEXT   NULL,
  MODIFY neuer_wert  MEDIUMTEXT   NULL,
  ADD COLUMN lesbar_fuer VARCHAR(200) NULL,
  ADD COLUMN seq         BIGINT       NULL,
  ADD COLUMN prev_hash   CHAR(64)     NULL,
  ADD COLUMN hash        CHAR(64)     NULL;

ALTER TABLE audit_eintrag
  ADD CONSTRAINT ck_audit_aktion CHECK (aktion IN ('ANGELEGT', 'GEAENDERT', 'GELOESCHT', 'MASSENAENDERUNG', 'STATUS',
      'IMPORT', 'ANMELDUNG', 'ANMELDUNG_FEHLGESCHLAGEN', 'LESEN')),
  ADD CONSTRAINT uq_audit_seq UNIQUE (tenant_id, seq),
  ADD CONSTRAINT ck_audit_kette CHECK ((seq IS NULL AND hash IS NULL) OR (seq IS NOT NULL AND hash IS NOT NULL
      AND prev_hash IS NOT NULL));

-- The head of each tenant's chain; writers lock it (SELECT … FOR UPDATE) before appending.
CREATE TABLE audit_kette (
  tenant_id  BIGINT   NOT NULL PRIMARY KEY,
  seq        BIGINT   NOT NULL DEFAULT 0,
  hash       CHAR(64) NULL,
  CONSTRAINT fk_audit_kette_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id)
) ENGINE=InnoDB;

INSERT INTO audit_kette (tenant_id, seq, hash) SELECT id, 0, NULL FROM traeger;

-- Append-only: the database itself refuses to change or remove an entry (also for SQL typed by hand).
CREATE TRIGGER audit_eintrag_keine_aenderung BEFORE UPDATE ON audit_eintrag FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Das Änderungsprotokoll ist unveränderlich: Einträge können nicht geändert werden.';

CREATE TRIGGER audit_eintrag_keine_loeschung BEFORE DELETE ON audit_eintrag FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Das Änderungsprotokoll ist unveränderlich: Einträge können nicht gelöscht werden.';
