-- Issue 15 items 1 and 3: SV-Tage per statement; the Beitrittsgebiet of a site is required (no default, never
-- assumed); the main site of an Einrichtung (persons whose contract phase has no group work there).

-- SV-Tage of the month (30 = whole month, § 223 Abs. 2 SGB V); NULL for statements without contributions.
ALTER TABLE abrechnung ADD COLUMN sv_tage SMALLINT NULL;

-- A site answers "im Beitrittsgebiet?" explicitly: the column keeps the values stored so far (each was chosen in
-- the site form) but loses its default, so no new site can be stored without an answer.
ALTER TABLE betriebsstaette ALTER COLUMN beitrittsgebiet DROP DEFAULT;

ALTER TABLE betriebsstaette ADD COLUMN hauptbetriebsstaette BOOLEAN NOT NULL DEFAULT FALSE;

-- An Einrichtung with exactly one site: that site is its main site (no choice to make). Einrichtungen with several
-- sites have none until the tenant admin marks one; until then persons without a group stop the Entgelt run with a
-- message naming what is missing.
UPDATE betriebsstaette b
   JOIN (SELECT einrichtung_id, MIN(id) AS id FROM betriebsstaette GROUP BY einrichtung_id HAVING COUNT(*) = 1) e
     ON e.id = b.id
   SET b.hauptbetriebsstaette = TRUE;
