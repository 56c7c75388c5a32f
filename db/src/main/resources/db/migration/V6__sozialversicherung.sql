-- WerkERP schema V6: social insurance of the workers in the Entgelt run (issue 5).
-- Krankenkassen of the tenant with their own Zusatzbeitrag per validity period; the contributions of each
-- statement (all lines as JSON for the payslip, the shares per branch as columns for the totals and claims).

CREATE TABLE krankenkasse (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  name            VARCHAR(200)  NOT NULL,
  betriebsnummer  CHAR(8)       NOT NULL,
  aktiv           BOOLEAN       NOT NULL DEFAULT TRUE,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_krankenkasse_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT uq_krankenkasse_bn UNIQUE (tenant_id, betriebsnummer)
) ENGINE=InnoDB;

CREATE TABLE krankenkasse_zusatzbeitrag (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id        BIGINT        NOT NULL,
  krankenkasse_id  BIGINT        NOT NULL,
  gueltig_ab       DATE          NOT NULL,
  gueltig_bis      DATE,
  satz             DECIMAL(5,3)  NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_zusatzbeitrag_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_zusatzbeitrag_kasse FOREIGN KEY (krankenkasse_id) REFERENCES krankenkasse (id),
  CONSTRAINT ck_zusatzbeitrag_satz CHECK (satz >= 0 AND satz <= 10),
  CONSTRAINT ck_zusatzbeitrag_dauer CHECK (gueltig_bis IS NULL OR gueltig_bis >= gueltig_ab)
) ENGINE=InnoDB;

ALTER TABLE abrechnung
  ADD COLUMN rv_nummer            VARCHAR(12),
  ADD COLUMN krankenkasse         VARCHAR(200),
  ADD COLUMN kasse_betriebsnummer CHAR(8),
  ADD COLUMN leistungstraeger_id  BIGINT,
  ADD COLUMN leistungstraeger     VARCHAR(200),
  ADD COLUMN beitraege            MEDIUMTEXT,
  ADD COLUMN kv_bemessung         DECIMAL(9,2) NOT NULL DEFAULT 0,
  ADD COLUMN kv_traeger           DECIMAL(9,2) NOT NULL DEFAULT 0,
  ADD COLUMN kv_beschaeftigter    DECIMAL(9,2) NOT NULL DEFAULT 0,
  ADD COLUMN kvz_traeger          DECIMAL(9,2) NOT NULL DEFAULT 0,
  ADD COLUMN kvz_beschaeftigter   DECIMAL(9,2) NOT NULL DEFAULT 0,
  ADD COLUMN pv_traeger           DECIMAL(9,2) NOT NULL DEFAULT 0,
  ADD COLUMN pv_beschaeftigter    DECIMAL(9,2) NOT NULL DEFAULT 0,
  ADD COLUMN rv_bemessung         DECIMAL(9,2) NOT NULL DEFAULT 0,
  ADD COLUMN rv_traeger           DECIMAL(9,2) NOT NULL DEFAULT 0,
  ADD COLUMN rv_beschaeftigter    DECIMAL(9,2) NOT NULL DEFAULT 0,
  ADD COLUMN rv_erstattung_bund   DECIMAL(9,2) NOT NULL DEFAULT 0,
  ADD COLUMN rv_erstattung_lt     DECIMAL(9,2) NOT NULL DEFAULT 0;
