-- WerkERP schema V23: GDPR rights and retention (issue 16 item 7; package de.werkerp.privacy, docs/datenschutz.md).

-- The documented default retention period per data category (years after the event named in
-- privacy.control.Aufbewahrungskategorie) with its legal basis. Shared by all tenants like every ref_* table; a tenant
-- may lengthen a period (aufbewahrungsfrist) but never shorten it below this default.
CREATE TABLE ref_aufbewahrungsfrist (
  kategorie        VARCHAR(30)   NOT NULL PRIMARY KEY,
  jahre            INT           NOT NULL,
  rechtsgrundlage  VARCHAR(2000) NOT NULL,
  CONSTRAINT ck_ref_aufbewahrung_jahre CHECK (jahre BETWEEN 0 AND 30)
) ENGINE=InnoDB;

INSERT INTO ref_aufbewahrungsfrist (kategorie, jahre, rechtsgrundlage) VALUES
('STAMMDATEN_VERTRAG', 6,
 '§ 147 Abs. 1 Nr. 2, 3, 5, Abs. 3, 4 AO und § 257 Abs. 1 Nr. 2, 3, Abs. 4, 5 HGB (Handels- und Geschäftsbriefe, sonstige steuerlich bedeutsame Unterlagen: 6 Jahre ab Ende des Kalenderjahres); deckt die regelmäßige Verjährung (§§ 195, 199 BGB) ab. Vom Datenschutzbeauftragten des Trägers zu bestätigen.'),
('ENTGELT', 8,
 '§ 147 Abs. 1 Nr. 4, Abs. 3 AO und § 257 Abs. 1 Nr. 4, Abs. 4 HGB in der Fassung des Bürokratieentlastungsgesetzes IV (Buchungsbelege 8 Jahre, seit 01.01.2025); umfasst § 41 Abs. 1 Satz 9 EStG (Lohnkonto bis zum Ablauf des 6. Kalenderjahres nach der letzten Lohnzahlung) und § 28f Abs. 1 SGB IV (Entgeltunterlagen bis zum Ablauf des auf die letzte Betriebsprüfung folgenden Kalenderjahres). Vom Datenschutzbeauftragten / Steuerberater des Trägers zu bestätigen.'),
('LEISTUNGSABRECHNUNG', 8,
 '§ 147 Abs. 1 Nr. 4, Abs. 3 AO, § 257 Abs. 1 Nr. 4, Abs. 4 HGB und § 14b Abs. 1 UStG in der Fassung des Bürokratieentlastungsgesetzes IV (Rechnungen und Buchungsbelege 8 Jahre ab Ende des Kalenderjahres). Vom Datenschutzbeauftragten / Steuerberater des Trägers zu bestätigen.'),
('ARBEITSUNFAEHIGKEIT', 5,
 '§ 28f Abs. 1 SGB IV (Entgeltunterlagen bis zum Ablauf des auf die letzte Betriebsprüfung folgenden Kalenderjahres) mit dem Prüfturnus von höchstens 4 Jahren (§ 28p Abs. 1 SGB IV) und der Verjährung der Beiträge (§ 25 Abs. 1 SGB IV: 4 Jahre). Gewählter Standard, kein ausdrücklich genannter Zeitraum; vom Datenschutzbeauftragten des Trägers zu bestätigen.'),
('TEILHABE', 4,
 'Keine gesetzliche Frist für die Teilhabedokumentation einer WfbM gefunden. Gewählter Standard: 4 Jahre ab Ende des Kalenderjahres des Vertragsendes, die Verjährung im Sozialrecht (§ 45 Abs. 1 SGB I, § 113 Abs. 1 SGB X), solange ein Leistungsträger Vergütungen prüfen oder zurückfordern kann (§ 128 SGB IX). Landesrahmenvertrag (§ 131 SGB IX) und Leistungsvereinbarung (§ 125 SGB IX) prüfen; vom Datenschutzbeauftragten des Trägers zu bestätigen.'),
('WAHL', 0,
 'Wahlakten bis zum Ende der Amtszeit des gewählten Werkstattrats (§ 29 WMVO: 4 Jahre), entsprechend § 19 WO BetrVG; eine ausdrückliche Aufbewahrungsregel der WMVO ist hier nicht geprüft. Vom Datenschutzbeauftragten des Trägers zu bestätigen. Fotos der Bewerberinnen und Bewerber werden schon nach der Anfechtungsfrist (§ 27 WMVO) gelöscht.');

-- A tenant's longer period for a category (none stored = the default).
CREATE TABLE aufbewahrungsfrist (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id  BIGINT      NOT NULL,
  kategorie  VARCHAR(30) NOT NULL,
  jahre      INT         NOT NULL,
  version    BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT fk_aufbewahrung_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_aufbewahrung_kategorie FOREIGN KEY (kategorie) REFERENCES ref_aufbewahrungsfrist (kategorie),
  CONSTRAINT uq_aufbewahrung UNIQUE (tenant_id, kategorie),
  CONSTRAINT ck_aufbewahrung_jahre CHECK (jahre BETWEEN 0 AND 30)
) ENGINE=InnoDB;

-- Deletion (anonymisation) of a person whose periods have ended: proposed by one tenant admin, carried out when a
-- different admin confirms (four eyes).
CREATE TABLE loeschvorschlag (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id          BIGINT       NOT NULL,
  beschaeftigter_id  BIGINT       NOT NULL,
  status             VARCHAR(14)  NOT NULL,
  vorgeschlagen_von  VARCHAR(100) NOT NULL,
  vorgeschlagen_am   DATETIME(3)  NOT NULL,
  bestaetigt_von     VARCHAR(100),
  bestaetigt_am      DATETIME(3),
  version            BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_loeschvorschlag_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_loeschvorschlag_person FOREIGN KEY (beschaeftigter_id) REFERENCES beschaeftigter (id),
  CONSTRAINT ck_loeschvorschlag_status CHECK (status IN ('VORGESCHLAGEN', 'DURCHGEFUEHRT', 'VERWORFEN'))
) ENGINE=InnoDB;
CREATE INDEX ix_loeschvorschlag_person ON loeschvorschlag (tenant_id, beschaeftigter_id);

-- The day a person's personal data was anonymised (NULL = not anonymised).
ALTER TABLE beschaeftigter ADD COLUMN anonymisiert_am DATE NULL;

-- Claims of timed jobs, so that a job runs once per day in a cluster (every node's timer tries the INSERT; the
-- primary key lets exactly one succeed). Not tenant data.
CREATE TABLE zeitplan_lauf (
  aufgabe   VARCHAR(60)  NOT NULL,
  tag       DATE         NOT NULL,
  knoten    VARCHAR(190) NOT NULL,
  zeitpunkt DATETIME(3)  NOT NULL,
  PRIMARY KEY (aufgabe, tag)
) ENGINE=InnoDB;
