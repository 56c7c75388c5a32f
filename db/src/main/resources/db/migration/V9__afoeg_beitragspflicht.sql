-- WerkERP schema V9: the documented setting whether the Arbeitsförderungsgeld counts as beitragspflichtiges
-- Arbeitsentgelt in the social-insurance thresholds (rules.md § 3, open point; default: not counted).
ALTER TABLE entgelt_einstellung ADD COLUMN afoeg_beitragspflichtig BOOLEAN NOT NULL DEFAULT FALSE;
