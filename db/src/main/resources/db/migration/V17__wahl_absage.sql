-- WerkERP schema V17: an election project can be cancelled (status ABGESAGT) with its reason, day and who did it
-- (issue 15, item 5). One open project per Einrichtung is checked by the service (status VORBEREITUNG).

ALTER TABLE wahlprojekt
  ADD COLUMN absage_grund VARCHAR(1000) NULL,
  ADD COLUMN abgesagt_am DATE NULL,
  ADD COLUMN abgesagt_von VARCHAR(100) NULL;
