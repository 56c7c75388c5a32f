-- WerkERP schema V5: the monthly Entgelt run (issue 4).
-- Inputs: Entgelt settings and Entgeltordnung per Einrichtung, Leistungsbeurteilungen, attendance,
-- illness spells, Lohnarten and pay items per person and month.
-- Results: one Entgeltlauf per Einrichtung and month, one Abrechnung per person (lines as JSON), and
-- corrections of closed months (Rückrechnung). All tenant-owned (tenant_id NOT NULL).

ALTER TABLE beschaeftigter ADD COLUMN personalnummer VARCHAR(20);
ALTER TABLE beschaeftigter ADD CONSTRAINT uq_beschaeftigter_personalnummer UNIQUE (tenant_id, personalnummer);
ALTER TABLE gruppe ADD COLUMN kostenstelle VARCHAR(20);

CREATE TABLE entgelt_einstellung (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  einrichtung_id            BIGINT        NOT NULL,
  grundbetrag               DECIMAL(9,2),
  teilzeitregelung          VARCHAR(60)   NOT NULL,
  vollzeit_stunden          DECIMAL(5,2)  NOT NULL,
  unentschuldigt_kuerzt     BOOLEAN       NOT NULL,
  entgeltfortzahlung_tage   INT,
  afoeg_anteilig            BOOLEAN       NOT NULL,
  bundesland                VARCHAR(2)    NOT NULL,
  kostenstelle              VARCHAR(20),
  auftraggeber_name         VARCHAR(70),
  auftraggeber_iban         VARCHAR(34),
  auftraggeber_bic          VARCHAR(11),
  lohnart_nachzahlung       VARCHAR(10)   NOT NULL,
  lohnart_rueckforderung    VARCHAR(10)   NOT NULL,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_einstellung_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_einstellung_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id),
  CONSTRAINT uq_einstellung_einrichtung UNIQUE (tenant_id, einrichtung_id),
  CONSTRAINT ck_einstellung_grundbetrag CHECK (grundbetrag IS NULL OR grundbetrag > 0),
  CONSTRAINT ck_einstellung_vollzeit CHECK (vollzeit_stunden > 0),
  CONSTRAINT ck_einstellung_efz CHECK (entgeltfortzahlung_tage IS NULL OR entgeltfortzahlung_tage > 0)
) ENGINE=InnoDB;

CREATE TABLE entgeltordnung (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  einrichtung_id            BIGINT        NOT NULL,
  bezeichnung               VARCHAR(200)  NOT NULL,
  gueltig_ab                DATE          NOT NULL,
  gueltig_bis               DATE,
  form                      VARCHAR(20)   NOT NULL,
  punktwert                 DECIMAL(10,4),
  budget                    DECIMAL(12,2),
  budgetrundung             VARCHAR(20),
  stufen                    TEXT,
  kriterien                 TEXT,
  zustimmung_werkstattrat   DATE,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_entgeltordnung_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_entgeltordnung_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id),
  CONSTRAINT ck_entgeltordnung_form CHECK (form IN ('PUNKTWERT', 'LOHNSTUFEN', 'KRITERIEN')),
  CONSTRAINT ck_entgeltordnung_dauer CHECK (gueltig_bis IS NULL OR gueltig_bis >= gueltig_ab)
) ENGINE=InnoDB;

CREATE TABLE leistungsbeurteilung (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  beschaeftigter_id         BIGINT        NOT NULL,
  beurteilt_am              DATE          NOT NULL,
  gueltig_ab                DATE          NOT NULL,
  beurteiler                VARCHAR(200)  NOT NULL,
  punkte                    DECIMAL(9,2),
  lohnstufe                 VARCHAR(50),
  kriterienwerte            TEXT,
  bemerkung                 VARCHAR(1000),
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_beurteilung_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_beurteilung_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id),
  CONSTRAINT ck_beurteilung_punkte CHECK (punkte IS NULL OR punkte >= 0)
) ENGINE=InnoDB;
CREATE INDEX ix_beurteilung_person ON leistungsbeurteilung (tenant_id, beschaeftigter_id, gueltig_ab);

-- Attendance of a person in a month (monat = first day). tage: optional day codes from the calendar
-- grid (one character per calendar day); the counts are what the run uses.
CREATE TABLE anwesenheit (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  beschaeftigter_id         BIGINT        NOT NULL,
  monat                     DATE          NOT NULL,
  tage                      VARCHAR(31),
  anwesend                  INT           NOT NULL DEFAULT 0,
  krank_mit_bescheinigung   INT           NOT NULL DEFAULT 0,
  krank_ohne_bescheinigung  INT           NOT NULL DEFAULT 0,
  urlaub                    INT           NOT NULL DEFAULT 0,
  sonstige_bezahlt          INT           NOT NULL DEFAULT 0,
  unentschuldigt            INT           NOT NULL DEFAULT 0,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_anwesenheit_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_anwesenheit_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id),
  CONSTRAINT uq_anwesenheit UNIQUE (tenant_id, beschaeftigter_id, monat),
  CONSTRAINT ck_anwesenheit_monat CHECK (DAYOFMONTH(monat) = 1),
  CONSTRAINT ck_anwesenheit_tage CHECK (anwesend >= 0 AND krank_mit_bescheinigung >= 0
    AND krank_ohne_bescheinigung >= 0 AND urlaub >= 0 AND sonstige_bezahlt >= 0 AND unentschuldigt >= 0)
) ENGINE=InnoDB;
CREATE INDEX ix_anwesenheit_monat ON anwesenheit (tenant_id, monat);

CREATE TABLE erkrankung (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  beschaeftigter_id         BIGINT        NOT NULL,
  beginn                    DATE          NOT NULL,
  ende                      DATE,
  bereits_bezahlte_tage     INT           NOT NULL DEFAULT 0,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_erkrankung_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_erkrankung_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id),
  CONSTRAINT ck_erkrankung_dauer CHECK (ende IS NULL OR ende >= beginn),
  CONSTRAINT ck_erkrankung_tage CHECK (bereits_bezahlte_tage >= 0)
) ENGINE=InnoDB;

CREATE TABLE lohnart (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  code                      VARCHAR(10)   NOT NULL,
  bezeichnung               VARCHAR(100)  NOT NULL,
  komponente                VARCHAR(20)   NOT NULL,
  arbeitsentgelt            BOOLEAN       NOT NULL,
  aktiv                     BOOLEAN       NOT NULL DEFAULT TRUE,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_lohnart_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT uq_lohnart_code UNIQUE (tenant_id, code),
  CONSTRAINT ck_lohnart_komponente CHECK (komponente IN ('EINMALZAHLUNG', 'ZULAGE', 'ABZUG'))
) ENGINE=InnoDB;

CREATE TABLE lohnposten (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  beschaeftigter_id         BIGINT        NOT NULL,
  monat                     DATE          NOT NULL,
  lohnart_id                BIGINT        NOT NULL,
  bezeichnung               VARCHAR(200)  NOT NULL,
  betrag                    DECIMAL(9,2)  NOT NULL,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_lohnposten_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_lohnposten_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id),
  CONSTRAINT fk_lohnposten_lohnart FOREIGN KEY (lohnart_id) REFERENCES lohnart (id),
  CONSTRAINT ck_lohnposten_monat CHECK (DAYOFMONTH(monat) = 1),
  CONSTRAINT ck_lohnposten_betrag CHECK (betrag <> 0)
) ENGINE=InnoDB;
CREATE INDEX ix_lohnposten_monat ON lohnposten (tenant_id, monat);

CREATE TABLE entgeltlauf (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  einrichtung_id            BIGINT        NOT NULL,
  monat                     DATE          NOT NULL,
  status                    VARCHAR(20)   NOT NULL,
  fortschritt               INT           NOT NULL DEFAULT 0,
  gesamt                    INT           NOT NULL DEFAULT 0,
  meldung                   TEXT,
  berechnet_von             VARCHAR(100),
  berechnet_am              TIMESTAMP(3) NULL,
  freigegeben_von           VARCHAR(100),
  freigegeben_am            TIMESTAMP(3) NULL,
  anzahl                    INT           NOT NULL DEFAULT 0,
  summe_auszahlung          DECIMAL(14,2) NOT NULL DEFAULT 0,
  veraltet                  BOOLEAN       NOT NULL DEFAULT FALSE,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_lauf_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_lauf_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id),
  CONSTRAINT uq_lauf UNIQUE (tenant_id, einrichtung_id, monat),
  CONSTRAINT ck_lauf_monat CHECK (DAYOFMONTH(monat) = 1),
  CONSTRAINT ck_lauf_status CHECK (status IN ('LAEUFT', 'BERECHNET', 'FEHLER', 'FREIGEGEBEN')),
  CONSTRAINT ck_lauf_vier_augen CHECK (freigegeben_von IS NULL OR freigegeben_von <> berechnet_von)
) ENGINE=InnoDB;

-- One statement per person and run. zeilen/hinweise: JSON arrays of the kernel's Rechenzeilen and notes.
CREATE TABLE abrechnung (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  lauf_id                   BIGINT        NOT NULL,
  beschaeftigter_id         BIGINT        NOT NULL,
  vertrag_id                BIGINT        NOT NULL,
  name                      VARCHAR(201)  NOT NULL,
  personalnummer            VARCHAR(20),
  bereich                   VARCHAR(4)    NOT NULL,
  gruppe                    VARCHAR(100),
  kostenstelle              VARCHAR(20),
  iban                      VARCHAR(34),
  kontoinhaber              VARCHAR(200),
  wochenstunden             DECIMAL(5,2),
  grundbetrag               DECIMAL(9,2)  NOT NULL,
  steigerungsbetrag         DECIMAL(9,2)  NOT NULL,
  arbeitsentgelt            DECIMAL(9,2)  NOT NULL,
  arbeitsfoerderungsgeld    DECIMAL(9,2)  NOT NULL,
  sonstige_bezuege          DECIMAL(9,2)  NOT NULL,
  abzuege                   DECIMAL(9,2)  NOT NULL,
  auszahlung                DECIMAL(9,2)  NOT NULL,
  zeilen                    MEDIUMTEXT    NOT NULL,
  hinweise                  TEXT,
  anwesenheit_fehlt         BOOLEAN       NOT NULL DEFAULT FALSE,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_abrechnung_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_abrechnung_lauf FOREIGN KEY (lauf_id) REFERENCES entgeltlauf (id),
  CONSTRAINT fk_abrechnung_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id),
  CONSTRAINT uq_abrechnung UNIQUE (lauf_id, beschaeftigter_id)
) ENGINE=InnoDB;
CREATE INDEX ix_abrechnung_person ON abrechnung (tenant_id, beschaeftigter_id);

-- Rückrechnung: a closed month recomputed, paid or reclaimed in the run of a later month.
CREATE TABLE abrechnung_korrektur (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  lauf_id                   BIGINT        NOT NULL,
  beschaeftigter_id         BIGINT        NOT NULL,
  korrigierter_monat        DATE          NOT NULL,
  differenzen               TEXT          NOT NULL,
  neue_zeilen               MEDIUMTEXT    NOT NULL,
  bereich                   VARCHAR(4)    NOT NULL,
  auszahlungsdifferenz      DECIMAL(9,2)  NOT NULL,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_korrektur_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_korrektur_lauf FOREIGN KEY (lauf_id) REFERENCES entgeltlauf (id),
  CONSTRAINT fk_korrektur_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id),
  CONSTRAINT uq_korrektur UNIQUE (lauf_id, beschaeftigter_id, korrigierter_monat)
) ENGINE=InnoDB;
CREATE INDEX ix_korrektur_person ON abrechnung_korrektur (tenant_id, beschaeftigter_id, korrigierter_monat);

-- A change of an input of a closed month, waiting for the next run of the person's Einrichtung.
CREATE TABLE rueckrechnung_vormerkung (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  beschaeftigter_id         BIGINT        NOT NULL,
  monat                     DATE          NOT NULL,
  grund                     VARCHAR(300)  NOT NULL,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_vormerkung_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_vormerkung_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id),
  CONSTRAINT uq_vormerkung UNIQUE (tenant_id, beschaeftigter_id, monat)
) ENGINE=InnoDB;
