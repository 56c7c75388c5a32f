-- WerkERP schema V11: Teilhabeplanung and Teilhabeberichte (issue 8).
-- Goals per person from the Gesamtplan/Teilhabeplan with SMART fields and the person's own view, measures,
-- dated evaluations; the personenbezogener Teilhabebericht (seed 001 § 13 Abs. 6) as draft → released (four eyes,
-- then immutable, content frozen as JSON); requests of the Leistungsträger; the report interval per
-- Leistungsvereinbarung (Einrichtung, optionally per Leistungsträger) with the agreed places; internships and
-- transitions to the general labour market; FTE entered per function and year for the staffing-ratio check.

CREATE TABLE teilhabe_ziel (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  beschaeftigter_id BIGINT      NOT NULL,
  text            VARCHAR(1000) NOT NULL,
  quelle          VARCHAR(30)   NOT NULL,
  quelle_datum    DATE          NOT NULL,
  lebensbereich   VARCHAR(40)   NOT NULL,
  kriterium       VARCHAR(1000),
  faellig_am      DATE,
  sicht_person    VARCHAR(2000),
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_teilhabe_ziel_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_teilhabe_ziel_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id)
) ENGINE=InnoDB;

CREATE TABLE teilhabe_massnahme (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  ziel_id         BIGINT        NOT NULL,
  art             VARCHAR(40)   NOT NULL,
  beschreibung    VARCHAR(1000) NOT NULL,
  verantwortlich  VARCHAR(200)  NOT NULL,
  von             DATE          NOT NULL,
  bis             DATE,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_teilhabe_massnahme_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_teilhabe_massnahme_ziel FOREIGN KEY (ziel_id) REFERENCES teilhabe_ziel (id)
) ENGINE=InnoDB;

CREATE TABLE teilhabe_bewertung (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  ziel_id         BIGINT        NOT NULL,
  datum           DATE          NOT NULL,
  ergebnis        VARCHAR(20)   NOT NULL,
  begruendung     VARCHAR(2000) NOT NULL,
  erfasst_von     VARCHAR(100)  NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_teilhabe_bewertung_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_teilhabe_bewertung_ziel FOREIGN KEY (ziel_id) REFERENCES teilhabe_ziel (id)
) ENGINE=InnoDB;

CREATE TABLE teilhabebericht (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  beschaeftigter_id BIGINT      NOT NULL,
  zeitraum_von    DATE          NOT NULL,
  zeitraum_bis    DATE          NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  zielerreichung  TEXT,
  massnahmenbewertung TEXT,
  vorschlaege     TEXT,
  sicht_person    TEXT,
  inhalt          MEDIUMTEXT    NOT NULL,
  erstellt_von    VARCHAR(100)  NOT NULL,
  freigegeben_von VARCHAR(100),
  freigegeben_am  TIMESTAMP(3)  NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_teilhabebericht_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_teilhabebericht_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id)
) ENGINE=InnoDB;

CREATE TABLE teilhabe_anforderung (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  beschaeftigter_id BIGINT      NOT NULL,
  leistungstraeger_id BIGINT,
  eingegangen_am  DATE          NOT NULL,
  vorzulegen_bis  DATE          NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_teilhabe_anf_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_teilhabe_anf_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id),
  CONSTRAINT fk_teilhabe_anf_lt FOREIGN KEY (leistungstraeger_id) REFERENCES leistungstraeger (id)
) ENGINE=InnoDB;

CREATE TABLE teilhabe_vereinbarung (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  einrichtung_id  BIGINT        NOT NULL,
  leistungstraeger_id BIGINT,
  berichtsintervall_monate INT  NOT NULL,
  plaetze         INT,
  plaetze_seelisch INT,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_teilhabe_vb_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_teilhabe_vb_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id),
  CONSTRAINT fk_teilhabe_vb_lt FOREIGN KEY (leistungstraeger_id) REFERENCES leistungstraeger (id)
) ENGINE=InnoDB;

CREATE TABLE teilhabe_uebergang (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  beschaeftigter_id BIGINT      NOT NULL,
  einrichtung_id  BIGINT        NOT NULL,
  art             VARCHAR(40)   NOT NULL,
  arbeitgeber     VARCHAR(200),
  von             DATE          NOT NULL,
  bis             DATE,
  bemerkung       VARCHAR(1000),
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_teilhabe_ueb_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_teilhabe_ueb_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id),
  CONSTRAINT fk_teilhabe_ueb_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id)
) ENGINE=InnoDB;

CREATE TABLE teilhabe_personal (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  einrichtung_id  BIGINT        NOT NULL,
  jahr            INT           NOT NULL,
  funktion        VARCHAR(50)   NOT NULL,
  vk              DECIMAL(8,2)  NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_teilhabe_pers_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_teilhabe_pers_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id),
  CONSTRAINT uq_teilhabe_personal UNIQUE (tenant_id, einrichtung_id, jahr, funktion)
) ENGINE=InnoDB;
