-- WerkERP schema V10: Werkstattrat and Frauenbeauftragte elections (issue 7, §§ 222, 60 SGB IX, WMVO).
-- An election project per Einrichtung (regular or out of cycle with its reason), the Wahlvorstand, objections to the
-- voter list, nominations with supporters and photo, the count (votes on the nomination) and the result.
-- The voter list itself is not stored: it is computed from the contracts as of election day.

CREATE TABLE wahlprojekt (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id                 BIGINT        NOT NULL,
  einrichtung_id            BIGINT        NOT NULL,
  regulaer                  BOOLEAN       NOT NULL,
  anlass                    VARCHAR(40),
  anlass_begruendung        VARCHAR(2000),
  wahltag                   DATE          NOT NULL,
  amtszeit_ende_alt         DATE,
  wahlvorstand_bestellt     DATE,
  erlass_wahlausschreiben   DATE,
  ort_stimmabgabe           VARCHAR(300),
  zeit_stimmabgabe          VARCHAR(100),
  ort_auszaehlung           VARCHAR(300),
  ort_aushang               VARCHAR(300),
  anschrift_wahlvorstand    VARCHAR(300),
  wahlberechtigte           INT           NOT NULL,
  wahlberechtigte_frauen    INT           NOT NULL,
  sitze                     INT           NOT NULL,
  stellvertreterinnen       INT           NOT NULL,
  stimmzettel               INT,
  ungueltig                 INT,
  stimmzettel_frauen        INT,
  ungueltig_frauen          INT,
  losprotokoll              TEXT,
  status                    VARCHAR(20)   NOT NULL,
  ergebnis_festgestellt_am  DATE,
  ergebnis_festgestellt_von VARCHAR(100),
  amtszeit_beginn           DATE,
  amtszeit_ende             DATE,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_wahlprojekt_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_wahlprojekt_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id)
) ENGINE=InnoDB;

CREATE TABLE wahlvorstand_mitglied (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id         BIGINT       NOT NULL,
  projekt_id        BIGINT       NOT NULL,
  beschaeftigter_id BIGINT,
  name              VARCHAR(200) NOT NULL,
  funktion          VARCHAR(30)  NOT NULL,
  frau              BOOLEAN      NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_wahlvorstand_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_wahlvorstand_projekt FOREIGN KEY (projekt_id) REFERENCES wahlprojekt (id),
  CONSTRAINT fk_wahlvorstand_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id)
) ENGINE=InnoDB;

CREATE TABLE wahl_einspruch (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id         BIGINT        NOT NULL,
  projekt_id        BIGINT        NOT NULL,
  eingegangen_am    DATE          NOT NULL,
  einspruchsfuehrer VARCHAR(200)  NOT NULL,
  inhalt            VARCHAR(2000) NOT NULL,
  entscheidung      VARCHAR(20),
  begruendung       VARCHAR(2000),
  entschieden_am    DATE,
  version           BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_wahl_einspruch_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_wahl_einspruch_projekt FOREIGN KEY (projekt_id) REFERENCES wahlprojekt (id)
) ENGINE=InnoDB;

CREATE TABLE wahlvorschlag (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id         BIGINT        NOT NULL,
  projekt_id        BIGINT        NOT NULL,
  wahl              VARCHAR(20)   NOT NULL,
  beschaeftigter_id BIGINT        NOT NULL,
  eingereicht_am    DATE          NOT NULL,
  zustimmung        BOOLEAN       NOT NULL,
  unterstuetzer     VARCHAR(4000) NOT NULL,
  status            VARCHAR(20)   NOT NULL,
  grund             VARCHAR(1000),
  stimmen           INT,
  rang              INT,
  ergebnis          VARCHAR(20),
  benachrichtigt_am DATE,
  annahme           VARCHAR(20),
  version           BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_wahlvorschlag_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_wahlvorschlag_projekt FOREIGN KEY (projekt_id) REFERENCES wahlprojekt (id),
  CONSTRAINT fk_wahlvorschlag_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id),
  CONSTRAINT uq_wahlvorschlag UNIQUE (tenant_id, projekt_id, wahl, beschaeftigter_id)
) ENGINE=InnoDB;

CREATE TABLE wahlvorschlag_foto (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id     BIGINT      NOT NULL,
  vorschlag_id  BIGINT      NOT NULL,
  inhalt        LONGBLOB    NOT NULL,
  typ           VARCHAR(50) NOT NULL,
  version       BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT fk_wahlfoto_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_wahlfoto_vorschlag FOREIGN KEY (vorschlag_id) REFERENCES wahlvorschlag (id),
  CONSTRAINT uq_wahlfoto UNIQUE (tenant_id, vorschlag_id)
) ENGINE=InnoDB;
