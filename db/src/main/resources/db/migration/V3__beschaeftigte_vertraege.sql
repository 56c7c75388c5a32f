-- WerkERP schema V3: Leistungsträger, Beschäftigte (people), Werkstattverträge with effective-dated
-- phases and working time, Bewilligungen (approvals). All tenant-owned (tenant_id NOT NULL).
-- Health and disability data (personenkreis, betreuung_*) are special-category data: the services
-- show them to the social service and tenant admin only.

CREATE TABLE leistungstraeger (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id   BIGINT       NOT NULL,
  name        VARCHAR(200) NOT NULL,
  art         VARCHAR(40)  NOT NULL,
  strasse     VARCHAR(200),
  plz         VARCHAR(5),
  ort         VARCHAR(100),
  aktiv       BOOLEAN      NOT NULL DEFAULT TRUE,
  version     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_leistungstraeger_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT uq_leistungstraeger_name UNIQUE (tenant_id, name)
) ENGINE=InnoDB;

CREATE TABLE beschaeftigter (
  id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                   BIGINT       NOT NULL,
  vorname                     VARCHAR(100) NOT NULL,
  nachname                    VARCHAR(100) NOT NULL,
  geburtsdatum                DATE         NOT NULL,
  geschlecht                  VARCHAR(12)  NOT NULL,
  strasse                     VARCHAR(200),
  plz                         VARCHAR(5),
  ort                         VARCHAR(100),
  rv_nummer                   VARCHAR(12),
  krankenkasse_name           VARCHAR(200),
  krankenkasse_betriebsnummer CHAR(8),
  kinderlos                   BOOLEAN      NOT NULL DEFAULT FALSE,
  kinder_unter_25             INT          NOT NULL DEFAULT 0,
  iban                        VARCHAR(34),
  kontoinhaber                VARCHAR(200),
  betreuer_name               VARCHAR(200),
  betreuung_umfang            VARCHAR(500),
  betreuer_kontakt            VARCHAR(300),
  personenkreis               VARCHAR(40),
  aktiv                       BOOLEAN      NOT NULL DEFAULT TRUE,
  version                     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_beschaeftigter_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT uq_beschaeftigter_rv UNIQUE (tenant_id, rv_nummer),
  CONSTRAINT ck_beschaeftigter_kinder CHECK (kinder_unter_25 >= 0)
) ENGINE=InnoDB;
CREATE INDEX ix_beschaeftigter_name ON beschaeftigter (tenant_id, nachname, vorname, geburtsdatum);

CREATE TABLE werkstattvertrag (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id           BIGINT        NOT NULL,
  beschaeftigter_id   BIGINT        NOT NULL,
  einrichtung_id      BIGINT        NOT NULL,
  beginn              DATE          NOT NULL,
  ende                DATE,
  ende_grund          VARCHAR(40),
  ende_begruendung    VARCHAR(2000),
  version             BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_vertrag_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_vertrag_beschaeftigter FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id),
  CONSTRAINT fk_vertrag_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id),
  CONSTRAINT ck_vertrag_ende CHECK (ende IS NULL OR ende >= beginn)
) ENGINE=InnoDB;

CREATE TABLE vertragsphase (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id    BIGINT        NOT NULL,
  vertrag_id   BIGINT        NOT NULL,
  gueltig_ab   DATE          NOT NULL,
  gueltig_bis  DATE,
  bereich      VARCHAR(4)    NOT NULL,
  platzierung  VARCHAR(20)   NOT NULL,
  gruppe_id    BIGINT,
  arbeitgeber  VARCHAR(200),
  version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_phase_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_phase_vertrag FOREIGN KEY (vertrag_id) REFERENCES werkstattvertrag (id),
  CONSTRAINT fk_phase_gruppe FOREIGN KEY (gruppe_id) REFERENCES gruppe (id),
  CONSTRAINT ck_phase_bereich CHECK (bereich IN ('EV', 'BBB', 'AB')),
  CONSTRAINT ck_phase_dauer CHECK (gueltig_bis IS NULL OR gueltig_bis >= gueltig_ab)
) ENGINE=InnoDB;

CREATE TABLE arbeitszeit (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  vertrag_id      BIGINT        NOT NULL,
  gueltig_ab      DATE          NOT NULL,
  gueltig_bis     DATE,
  wochenstunden   DECIMAL(4,2)  NOT NULL,
  teilzeitgrund   VARCHAR(30),
  nachweis_datum  DATE,
  genehmigt_am    DATE,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_arbeitszeit_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_arbeitszeit_vertrag FOREIGN KEY (vertrag_id) REFERENCES werkstattvertrag (id),
  CONSTRAINT ck_arbeitszeit_dauer CHECK (gueltig_bis IS NULL OR gueltig_bis >= gueltig_ab)
) ENGINE=InnoDB;

CREATE TABLE bewilligung (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id            BIGINT        NOT NULL,
  vertrag_id           BIGINT        NOT NULL,
  leistungstraeger_id  BIGINT        NOT NULL,
  aktenzeichen         VARCHAR(100)  NOT NULL,
  gueltig_ab           DATE          NOT NULL,
  gueltig_bis          DATE          NOT NULL,
  bereich              VARCHAR(4)    NOT NULL,
  satz                 DECIMAL(9,2),
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_bewilligung_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_bewilligung_vertrag FOREIGN KEY (vertrag_id) REFERENCES werkstattvertrag (id),
  CONSTRAINT fk_bewilligung_lt FOREIGN KEY (leistungstraeger_id) REFERENCES leistungstraeger (id),
  CONSTRAINT ck_bewilligung_bereich CHECK (bereich IN ('EV', 'BBB', 'AB')),
  CONSTRAINT ck_bewilligung_dauer CHECK (gueltig_bis >= gueltig_ab)
) ENGINE=InnoDB;
CREATE INDEX ix_bewilligung_ende ON bewilligung (tenant_id, gueltig_bis);
