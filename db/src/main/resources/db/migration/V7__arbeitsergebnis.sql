-- WerkERP schema V7: Arbeitsergebnisrechnung per § 12 WVO (issue 6).
-- Mapping of the tenant's accounts (ranges) to statement positions and of cost centres to an Einrichtung's
-- Arbeitsbereich; imported bookings (CSV from the accounting program, double imports detected by checksum);
-- manual adjustments with a reason; the statement per Einrichtung, year and version (draft → checked → released).

CREATE TABLE ergebnis_konto (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id   BIGINT       NOT NULL,
  konto_von   VARCHAR(20)  NOT NULL,
  konto_bis   VARCHAR(20)  NOT NULL,
  position    VARCHAR(10)  NOT NULL,
  bezeichnung VARCHAR(200),
  version     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_ergebnis_konto_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id)
) ENGINE=InnoDB;

CREATE TABLE ergebnis_kostenstelle (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT       NOT NULL,
  kostenstelle    VARCHAR(20)  NOT NULL,
  einrichtung_id  BIGINT       NOT NULL,
  arbeitsbereich  BOOLEAN      NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_ergebnis_ks_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_ergebnis_ks_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id),
  CONSTRAINT uq_ergebnis_ks UNIQUE (tenant_id, kostenstelle)
) ENGINE=InnoDB;

CREATE TABLE ergebnis_import (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT       NOT NULL,
  einrichtung_id  BIGINT       NOT NULL,
  jahr            INT          NOT NULL,
  dateiname       VARCHAR(200),
  pruefsumme      CHAR(64)     NOT NULL,
  zeilen          INT          NOT NULL,
  importiert_von  VARCHAR(100) NOT NULL,
  importiert_am   TIMESTAMP(3) NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_ergebnis_import_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_ergebnis_import_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id),
  CONSTRAINT uq_ergebnis_import UNIQUE (tenant_id, einrichtung_id, jahr, pruefsumme)
) ENGINE=InnoDB;

CREATE TABLE ergebnis_buchung (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id     BIGINT        NOT NULL,
  import_id     BIGINT        NOT NULL,
  konto         VARCHAR(20)   NOT NULL,
  kostenstelle  VARCHAR(20)   NOT NULL,
  betrag        DECIMAL(14,2) NOT NULL,
  position      VARCHAR(10)   NOT NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_ergebnis_buchung_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_ergebnis_buchung_import FOREIGN KEY (import_id) REFERENCES ergebnis_import (id)
) ENGINE=InnoDB;

CREATE TABLE ergebnis_korrektur (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  einrichtung_id  BIGINT        NOT NULL,
  jahr            INT           NOT NULL,
  position        VARCHAR(10)   NOT NULL,
  betrag          DECIMAL(14,2) NOT NULL,
  begruendung     VARCHAR(1000) NOT NULL,
  erfasst_von     VARCHAR(100)  NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_ergebnis_korrektur_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_ergebnis_korrektur_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id),
  CONSTRAINT ck_ergebnis_korrektur_grund CHECK (CHAR_LENGTH(TRIM(begruendung)) > 0)
) ENGINE=InnoDB;

CREATE TABLE arbeitsergebnis (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id            BIGINT        NOT NULL,
  einrichtung_id       BIGINT        NOT NULL,
  jahr                 INT           NOT NULL,
  fassung              INT           NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  ruecklage_anfang     DECIMAL(14,2) NOT NULL DEFAULT 0,
  zufuehrung_ruecklage DECIMAL(14,2) NOT NULL DEFAULT 0,
  investitionen        DECIMAL(14,2) NOT NULL DEFAULT 0,
  begruendung_quote    VARCHAR(2000),
  aenderungsgrund      VARCHAR(2000),
  ergebnis             MEDIUMTEXT,
  erstellt_von         VARCHAR(100)  NOT NULL,
  geprueft_von         VARCHAR(100),
  freigegeben_von      VARCHAR(100),
  freigegeben_am       TIMESTAMP(3) NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_arbeitsergebnis_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_arbeitsergebnis_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id),
  CONSTRAINT uq_arbeitsergebnis UNIQUE (tenant_id, einrichtung_id, jahr, fassung),
  CONSTRAINT ck_arbeitsergebnis_status CHECK (status IN ('ENTWURF', 'GEPRUEFT', 'FREIGEGEBEN')),
  CONSTRAINT ck_arbeitsergebnis_vier_augen CHECK (freigegeben_von IS NULL OR freigegeben_von <> geprueft_von)
) ENGINE=InnoDB;
