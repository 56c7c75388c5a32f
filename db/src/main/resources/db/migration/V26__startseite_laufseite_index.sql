-- Issue 19 item 5 (load test at 15,000 people): the two queries that cost MariaDB most per page view.
-- The run page (entgelt/lauf.xhtml) shows its statements 50 at a time sorted by name
-- (EntgeltlaufService.abrechnungsseite, ORDER BY a.name, a.id): with this index MariaDB reads the first 50 of the
-- run in order instead of sorting all of them on every view.
CREATE INDEX ix_abrechnung_lauf_name ON abrechnung (lauf_id, name, id);
-- Payroll's start page counts the active people with a running contract and no Krankenkasse or no IBAN
-- (StartseiteService.personen: "IS NULL OR = ''"): with these indexes MariaDB looks at the few people concerned,
-- not at every person of the tenant.
CREATE INDEX ix_beschaeftigter_krankenkasse ON beschaeftigter (tenant_id, krankenkasse_name);
CREATE INDEX ix_beschaeftigter_iban ON beschaeftigter (tenant_id, iban);
