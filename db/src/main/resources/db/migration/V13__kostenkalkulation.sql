-- WerkERP schema V13: aLA cost calculation behind the daily rate (issue 9, item 5; seed 003 ch. 6.1, Tab. 1/2).
-- A calculation per Einrichtung is kept as numbered versions: a draft can be changed, a fixed version
-- (festgeschrieben) never changes; a change after that is a new version. Each version has its staff, fixed and
-- variable cost lines. The total and the cost per place and day are stored with each save (and frozen when fixed)
-- so that the list of versions shows them and a fixed version keeps the figures it was agreed with.

CREATE TABLE kalkulation (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id             BIGINT        NOT NULL,
  einrichtung_id        BIGINT        NOT NULL,
  fassung               INT           NOT NULL,
  status                VARCHAR(20)   NOT NULL,
  bezeichnung           VARCHAR(200)  NOT NULL,
  gueltig_ab            DATE,
  gueltig_bis           DATE,
  plaetze               INT           NOT NULL,
  plaetze_seelisch      INT           NOT NULL,
  tage                  INT           NOT NULL,
  finanzierte_fehltage  INT           NOT NULL,
  vollzeit_stunden      DECIMAL(5,2)  NOT NULL,
  satz_gebaeude         DECIMAL(5,2)  NOT NULL,
  satz_inventar         DECIMAL(5,2)  NOT NULL,
  gesamtkosten          DECIMAL(14,2) NOT NULL,
  kosten_je_platz_tag   DECIMAL(12,2) NOT NULL,
  aenderungsgrund       VARCHAR(500),
  erstellt_von          VARCHAR(100)  NOT NULL,
  festgeschrieben_von   VARCHAR(100),
  festgeschrieben_am    TIMESTAMP(3)  NULL,
  version               BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_kalkulation_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_kalkulation_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id),
  CONSTRAINT uq_kalkulation_fassung UNIQUE (tenant_id, einrichtung_id, fassung),
  CONSTRAINT ck_kalkulation_status CHECK (status IN ('ENTWURF', 'FESTGESCHRIEBEN')),
  CONSTRAINT ck_kalkulation_plaetze CHECK (plaetze >= 1 AND plaetze_seelisch >= 0 AND plaetze_seelisch <= plaetze),
  CONSTRAINT ck_kalkulation_tage CHECK (tage BETWEEN 1 AND 366 AND finanzierte_fehltage BETWEEN 0 AND tage)
) ENGINE=InnoDB;

CREATE TABLE kalkulation_position (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  kalkulation_id  BIGINT        NOT NULL,
  art             VARCHAR(10)   NOT NULL,
  kategorie       VARCHAR(40)   NOT NULL,
  nr              INT           NOT NULL,
  bezeichnung     VARCHAR(200),
  stunden         DECIMAL(7,2),
  betrag          DECIMAL(14,2) NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_kalkulation_position_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_kalkulation_position_kalkulation FOREIGN KEY (kalkulation_id) REFERENCES kalkulation (id),
  CONSTRAINT ck_kalkulation_position_art CHECK (art IN ('PERSONAL', 'FIX', 'SACH')),
  CONSTRAINT ck_kalkulation_position_betrag CHECK (betrag >= 0 AND (stunden IS NULL OR stunden >= 0))
) ENGINE=InnoDB;

CREATE INDEX ix_kalkulation_position_kalkulation ON kalkulation_position (kalkulation_id, art, nr);
