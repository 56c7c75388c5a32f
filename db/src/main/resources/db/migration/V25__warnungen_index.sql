-- Issue 19 item 1: the warnings and the people overview are database queries (contract.boundary.Warnungsabfrage).
-- The Regelaltersgrenze warning asks for people born within a range of days (Regelaltersgrenze.geburtsdatenFuer):
-- with this index MariaDB starts from those few people instead of reading every running contract.
CREATE INDEX ix_beschaeftigter_geburtsdatum ON beschaeftigter (tenant_id, geburtsdatum);
