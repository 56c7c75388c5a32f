-- WerkERP schema V12: Leistungsabrechnung with the Leistungsträger (issue 9, part 1).
-- Vergütungsvereinbarungen per Einrichtung and Leistungsträger (versioned by validity), the monthly billing run
-- (Abrechnungslauf, same period logic as the Entgelt run), one invoice per Leistungsträger with one line per person
-- and period (corrections of closed months as separate lines), payments, and hours of Fachleistungsstunden.
-- All tenant-owned (tenant_id NOT NULL + FK to traeger).

CREATE TABLE verguetungsvereinbarung (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  einrichtung_id            BIGINT        NOT NULL,
  leistungstraeger_id       BIGINT        NOT NULL,
  bezeichnung               VARCHAR(200)  NOT NULL,
  bereich                   VARCHAR(3)    NOT NULL,
  personenkreis             VARCHAR(40),
  gueltig_ab                DATE          NOT NULL,
  gueltig_bis               DATE,
  satzart                   VARCHAR(30)   NOT NULL,
  betrag                    DECIMAL(9,2)  NOT NULL,
  teilzeit_grenze           DECIMAL(5,2),
  teilzeit_kuerzung         DECIMAL(5,2),
  fehltage_jahr             INT,
  haushaltsstelle           VARCHAR(40),
  haushaltsstelle_text      VARCHAR(200),
  leitweg_id                VARCHAR(50),
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_vv_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_vv_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id),
  CONSTRAINT fk_vv_lt FOREIGN KEY (leistungstraeger_id) REFERENCES leistungstraeger (id),
  CONSTRAINT ck_vv_bereich CHECK (bereich IN ('EV', 'BBB', 'AB')),
  CONSTRAINT ck_vv_satzart CHECK (satzart IN ('TAGESSATZ', 'MONATSPAUSCHALE', 'FACHLEISTUNGSSTUNDE')),
  CONSTRAINT ck_vv_betrag CHECK (betrag >= 0),
  CONSTRAINT ck_vv_dauer CHECK (gueltig_bis IS NULL OR gueltig_bis >= gueltig_ab),
  CONSTRAINT ck_vv_kuerzung CHECK (teilzeit_kuerzung IS NULL OR (teilzeit_kuerzung >= 0 AND teilzeit_kuerzung <= 100)),
  CONSTRAINT ck_vv_fehltage CHECK (fehltage_jahr IS NULL OR fehltage_jahr >= 0)
) ENGINE=InnoDB;
CREATE INDEX ix_vv_einrichtung ON verguetungsvereinbarung (tenant_id, einrichtung_id, leistungstraeger_id, gueltig_ab);

-- Hours of Fachleistungsstunden (e.g. Jobcoaching) per person and month (monat = first day).
CREATE TABLE leistungsstunden (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  beschaeftigter_id         BIGINT        NOT NULL,
  monat                     DATE          NOT NULL,
  stunden                   DECIMAL(6,2)  NOT NULL,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_ls_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_ls_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id),
  CONSTRAINT uq_ls_person_monat UNIQUE (tenant_id, beschaeftigter_id, monat),
  CONSTRAINT ck_ls_stunden CHECK (stunden >= 0)
) ENGINE=InnoDB;

CREATE TABLE abrechnungslauf (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  einrichtung_id            BIGINT        NOT NULL,
  monat                     DATE          NOT NULL,
  status                    VARCHAR(20)   NOT NULL,
  meldung                   TEXT,
  probleme                  TEXT,
  berechnet_von             VARCHAR(100),
  berechnet_am              TIMESTAMP NULL,
  freigegeben_von           VARCHAR(100),
  freigegeben_am            TIMESTAMP NULL,
  anzahl                    INT           NOT NULL DEFAULT 0,
  summe                     DECIMAL(12,2) NOT NULL DEFAULT 0,
  veraltet                  BOOLEAN       NOT NULL DEFAULT FALSE,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_al_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_al_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id),
  CONSTRAINT uq_al_monat UNIQUE (tenant_id, einrichtung_id, monat),
  CONSTRAINT ck_al_status CHECK (status IN ('LAEUFT', 'BERECHNET', 'FEHLER', 'FREIGEGEBEN'))
) ENGINE=InnoDB;

CREATE TABLE rechnung (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  lauf_id                   BIGINT        NOT NULL,
  leistungstraeger_id       BIGINT        NOT NULL,
  nummer                    VARCHAR(40)   NOT NULL,
  rechnungsdatum            DATE          NOT NULL,
  faellig_am                DATE          NOT NULL,
  summe                     DECIMAL(12,2) NOT NULL,
  bezahlt                   DECIMAL(12,2) NOT NULL DEFAULT 0,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_re_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_re_lauf FOREIGN KEY (lauf_id) REFERENCES abrechnungslauf (id),
  CONSTRAINT fk_re_lt FOREIGN KEY (leistungstraeger_id) REFERENCES leistungstraeger (id),
  CONSTRAINT uq_re_nummer UNIQUE (tenant_id, nummer)
) ENGINE=InnoDB;

-- One line per person and period; a correction line (korrigierter_monat set) carries old, new and difference.
CREATE TABLE rechnungsposition (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  rechnung_id               BIGINT        NOT NULL,
  beschaeftigter_id         BIGINT        NOT NULL,
  name                      VARCHAR(200)  NOT NULL,
  aktenzeichen              VARCHAR(100),
  vereinbarung_id           BIGINT,
  haushaltsstelle           VARCHAR(40),
  bereich                   VARCHAR(3)    NOT NULL,
  leistungsmonat            DATE          NOT NULL,
  von                       DATE          NOT NULL,
  bis                       DATE          NOT NULL,
  korrektur                 BOOLEAN       NOT NULL DEFAULT FALSE,
  satzart                   VARCHAR(30)   NOT NULL,
  menge                     DECIMAL(9,4)  NOT NULL,
  einheit                   VARCHAR(20)   NOT NULL,
  einzelpreis               DECIMAL(9,2)  NOT NULL,
  betrag_alt                DECIMAL(12,2),
  betrag_neu                DECIMAL(12,2),
  betrag                    DECIMAL(12,2) NOT NULL,
  anwesenheitstage          INT           NOT NULL DEFAULT 0,
  fehltage                  INT           NOT NULL DEFAULT 0,
  fehltage_nicht_finanziert INT           NOT NULL DEFAULT 0,
  hinweis                   VARCHAR(500),
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_rp_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_rp_rechnung FOREIGN KEY (rechnung_id) REFERENCES rechnung (id),
  CONSTRAINT fk_rp_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id)
) ENGINE=InnoDB;
CREATE INDEX ix_rp_person ON rechnungsposition (tenant_id, beschaeftigter_id, leistungsmonat);

CREATE TABLE zahlung (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  rechnung_id               BIGINT        NOT NULL,
  datum                     DATE          NOT NULL,
  betrag                    DECIMAL(12,2) NOT NULL,
  verwendungszweck          VARCHAR(200),
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_za_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_za_rechnung FOREIGN KEY (rechnung_id) REFERENCES rechnung (id)
) ENGINE=InnoDB;

-- The invoicing party's data per Einrichtung (seller of EN 16931: address, tax number, contact, bank account).
CREATE TABLE abrechnungseinstellung (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  einrichtung_id            BIGINT        NOT NULL,
  name                      VARCHAR(200)  NOT NULL,
  strasse                   VARCHAR(200)  NOT NULL,
  plz                       VARCHAR(10)   NOT NULL,
  ort                       VARCHAR(100)  NOT NULL,
  kennung                   VARCHAR(40)   NOT NULL,
  steuernummer              VARCHAR(40)   NOT NULL,
  kontakt_name              VARCHAR(200)  NOT NULL,
  kontakt_telefon           VARCHAR(50)   NOT NULL,
  kontakt_email             VARCHAR(200)  NOT NULL,
  iban                      VARCHAR(34)   NOT NULL,
  bic                       VARCHAR(11),
  zahlungsziel_tage         INT           NOT NULL,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_ae_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_ae_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id),
  CONSTRAINT uq_ae_einrichtung UNIQUE (tenant_id, einrichtung_id),
  CONSTRAINT ck_ae_ziel CHECK (zahlungsziel_tage >= 0)
) ENGINE=InnoDB;
