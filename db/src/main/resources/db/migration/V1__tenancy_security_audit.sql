-- WerkERP schema V1: tenants (Träger), their organisation (Einrichtungen, Betriebsstätten, Gruppen),
-- users, operator accounts and the audit trail.
-- Every tenant-owned table has tenant_id BIGINT NOT NULL: EclipseLink's @Multitenant writes NULL
-- when persist runs without a tenant, and the NOT NULL makes that fail instead.

CREATE TABLE traeger (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  kennung       VARCHAR(40)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  aktiv         BOOLEAN      NOT NULL DEFAULT TRUE,
  angelegt_am   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_traeger_kennung UNIQUE (kennung)
) ENGINE=InnoDB;

CREATE TABLE einrichtung (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id     BIGINT       NOT NULL,
  name          VARCHAR(200) NOT NULL,
  art           VARCHAR(10)  NOT NULL,
  aktiv         BOOLEAN      NOT NULL DEFAULT TRUE,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_einrichtung_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT ck_einrichtung_art CHECK (art IN ('WFBM', 'ALA')),
  CONSTRAINT uq_einrichtung_name UNIQUE (tenant_id, name)
) ENGINE=InnoDB;

CREATE TABLE betriebsstaette (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT       NOT NULL,
  einrichtung_id  BIGINT       NOT NULL,
  name            VARCHAR(200) NOT NULL,
  strasse         VARCHAR(200),
  plz             VARCHAR(5),
  ort             VARCHAR(100),
  beitrittsgebiet BOOLEAN      NOT NULL DEFAULT FALSE,
  aktiv           BOOLEAN      NOT NULL DEFAULT TRUE,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_betriebsstaette_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_betriebsstaette_einrichtung FOREIGN KEY (einrichtung_id) REFERENCES einrichtung (id),
  CONSTRAINT uq_betriebsstaette_name UNIQUE (tenant_id, name)
) ENGINE=InnoDB;

CREATE TABLE gruppe (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id           BIGINT       NOT NULL,
  betriebsstaette_id  BIGINT       NOT NULL,
  name                VARCHAR(200) NOT NULL,
  aktiv               BOOLEAN      NOT NULL DEFAULT TRUE,
  version             BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_gruppe_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_gruppe_betriebsstaette FOREIGN KEY (betriebsstaette_id) REFERENCES betriebsstaette (id),
  CONSTRAINT uq_gruppe_name UNIQUE (tenant_id, betriebsstaette_id, name)
) ENGINE=InnoDB;

-- Users of a tenant. The user name is unique across all tenants: it is what the login asks for.
CREATE TABLE benutzer (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id      BIGINT       NOT NULL,
  benutzername   VARCHAR(80)  NOT NULL,
  anzeigename    VARCHAR(200) NOT NULL,
  passwort_hash  VARCHAR(400) NOT NULL,
  rollen         VARCHAR(400) NOT NULL,
  aktiv          BOOLEAN      NOT NULL DEFAULT TRUE,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_benutzer_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT uq_benutzer_name UNIQUE (benutzername)
) ENGINE=InnoDB;

-- Operators run the installation: they create tenants and see no tenant's personal data.
CREATE TABLE betreiber (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  benutzername   VARCHAR(80)  NOT NULL,
  anzeigename    VARCHAR(200) NOT NULL,
  passwort_hash  VARCHAR(400) NOT NULL,
  aktiv          BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT uq_betreiber_name UNIQUE (benutzername)
) ENGINE=InnoDB;

CREATE TABLE audit_eintrag (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id    BIGINT       NOT NULL,
  zeitpunkt    TIMESTAMP(3) NOT NULL,
  benutzer     VARCHAR(80)  NOT NULL,
  aktion       VARCHAR(10)  NOT NULL,
  objekttyp    VARCHAR(80)  NOT NULL,
  objekt_id    BIGINT       NOT NULL,
  feld         VARCHAR(80),
  alter_wert   VARCHAR(1000),
  neuer_wert   VARCHAR(1000),
  CONSTRAINT fk_audit_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT ck_audit_aktion CHECK (aktion IN ('ANGELEGT', 'GEAENDERT', 'GELOESCHT'))
) ENGINE=InnoDB;
CREATE INDEX ix_audit_tenant_zeit ON audit_eintrag (tenant_id, zeitpunkt);
CREATE INDEX ix_audit_objekt ON audit_eintrag (tenant_id, objekttyp, objekt_id);
