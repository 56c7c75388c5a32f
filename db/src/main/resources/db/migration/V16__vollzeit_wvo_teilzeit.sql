-- WerkERP schema V16 (issue 15 item 2): one full time per Einrichtung, and the disputed reading of part time under
-- § 6 Abs. 2 WVO as a documented setting (rules.md § 1).
-- wvo_teilzeit: WIE_JEDE_TEILZEIT = rules.md § 1 default (reduced per the Teilzeitregelung like any part time);
-- NICHT_GEKUERZT = BAGüS (never reduced). Settings stored before this migration were computed with the BAGüS
-- reading, so they keep it (a released month recomputed in a Rückrechnung gives the same amounts); settings created
-- from now on get the rules.md default from the application.
ALTER TABLE entgelt_einstellung ADD COLUMN wvo_teilzeit VARCHAR(30) NOT NULL DEFAULT 'NICHT_GEKUERZT';
ALTER TABLE entgelt_einstellung ALTER COLUMN wvo_teilzeit SET DEFAULT 'WIE_JEDE_TEILZEIT';
ALTER TABLE entgelt_einstellung ADD CONSTRAINT ck_einstellung_wvo_teilzeit
  CHECK (wvo_teilzeit IN ('WIE_JEDE_TEILZEIT', 'NICHT_GEKUERZT'));
