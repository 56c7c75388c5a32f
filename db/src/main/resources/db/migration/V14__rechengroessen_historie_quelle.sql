-- WerkERP schema V14: history of the Rechengrößen (2021, 2022), the source (Fundstelle) of a reference row, and the
-- log of changes to the shared reference data that each tenant applies to its closed months (rules.md § 3).

-- Where the figures were published (e.g. "BGBl. 2021 I S. 5044"), beside the legal basis in rechtsquelle.
-- Rows from earlier migrations keep NULL: their Fundstelle was not verified here; new rows need it.
ALTER TABLE ref_rechengroessen ADD COLUMN fundstelle VARCHAR(200);
ALTER TABLE ref_grundbetrag ADD COLUMN fundstelle VARCHAR(200);
ALTER TABLE ref_arbeitsfoerderungsgeld ADD COLUMN fundstelle VARCHAR(200);

-- 2021 and 2022 (rules.md § 3), needed for Rückrechnungen and late approvals of those months. No PV reduction per
-- child before 01.07.2023; childless surcharge 0.25 % until 2021, 0.35 % from 2022.
INSERT INTO ref_rechengroessen (gueltig_ab, gueltig_bis, bezugsgroesse_west, bezugsgroesse_ost,
  kv_allgemeiner_satz, kv_zusatzbeitrag_durchschn, pv_satz, pv_zuschlag_kinderlos, pv_abschlag_je_kind, rv_satz,
  rechtsquelle) VALUES
 ('2021-01-01', '2021-12-31', 3290.00, 3115.00, 14.600, 1.300, 3.050, 0.250, 0.000, 18.600,
  'SVBezGrV 2021; § 241 SGB V; § 242a SGB V; § 55 SGB XI; § 158 SGB VI'),
 ('2022-01-01', '2022-12-31', 3290.00, 3150.00, 14.600, 1.300, 3.050, 0.350, 0.000, 18.600,
  'SVBezGrV 2022; § 241 SGB V; § 242a SGB V; § 55 Abs. 3 SGB XI i. d. F. GVWG; § 158 SGB VI');

-- Changes of the shared reference data (not tenant-owned, like the ref_ tables): who changed which period when.
-- The operator has no tenant and may not touch tenant data, so a change only lands here; every tenant's next
-- Entgelt run (and release) applies the changes it has not applied yet to its own closed months
-- (ref_aenderung_uebernahme) through the same Rückrechnung marks as any other input change.
CREATE TABLE ref_aenderung (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  art           VARCHAR(40)   NOT NULL,
  gueltig_ab    DATE          NOT NULL,
  gueltig_bis   DATE,
  beschreibung  VARCHAR(2000) NOT NULL,
  geaendert_von VARCHAR(100)  NOT NULL,
  geaendert_am  TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT ck_ref_aenderung_dauer CHECK (gueltig_bis IS NULL OR gueltig_bis >= gueltig_ab)
) ENGINE=InnoDB;

CREATE TABLE ref_aenderung_uebernahme (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id     BIGINT        NOT NULL,
  aenderung_id  BIGINT        NOT NULL,
  uebernommen_am TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_ref_uebernahme_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_ref_uebernahme_aenderung FOREIGN KEY (aenderung_id) REFERENCES ref_aenderung (id),
  CONSTRAINT uq_ref_uebernahme UNIQUE (tenant_id, aenderung_id)
) ENGINE=InnoDB;
