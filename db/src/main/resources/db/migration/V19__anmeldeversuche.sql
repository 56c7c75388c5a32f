-- Failed sign-in attempts (issue 16 item 2): one row per failure, per user name (art 'NAME') and per client
-- address (art 'ADRESSE'). Not tenant-owned: like the login lookups in CallerDirectory it is read before the
-- tenant is known, for names that may not exist at all. Times are UTC. Rows older than an hour are deleted by
-- the application (security.control.Anmeldeversuche); a successful sign-in deletes the rows of its user name.
CREATE TABLE anmeldeversuch (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  art         VARCHAR(7)   NOT NULL,
  schluessel  VARCHAR(190) NOT NULL,
  zeitpunkt   DATETIME(3)  NOT NULL,
  CONSTRAINT ck_anmeldeversuch_art CHECK (art IN ('NAME', 'ADRESSE')),
  INDEX ix_anmeldeversuch_schluessel (art, schluessel, zeitpunkt),
  INDEX ix_anmeldeversuch_zeitpunkt (zeitpunkt)
) ENGINE=InnoDB;
