-- Beitragsabschlag in der Pflegeversicherung je Kind vom 2. bis 5. Kind unter 25 (§ 55 Abs. 3 SGB XI
-- i. d. F. PUEG, ab 01.07.2023): 0.25 Beitragssatzpunkte; vorher keiner. Year-dependent, so reference data.
ALTER TABLE ref_rechengroessen ADD COLUMN pv_abschlag_je_kind DECIMAL(6,3) NOT NULL DEFAULT 0.000;
UPDATE ref_rechengroessen SET pv_abschlag_je_kind = 0.250 WHERE gueltig_ab >= '2023-07-01';
