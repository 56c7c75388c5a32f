-- WerkERP schema V8: id blocks for result rows written in bulk (platform.entity.TenantOwnedBulkRow).
-- One shared counter for the statements (abrechnung) and corrections (abrechnung_korrektur) of the Entgelt runs;
-- it starts above the ids already used, so AUTO_INCREMENT rows and generated ids never collide.
CREATE TABLE id_folge (
  name  VARCHAR(50) PRIMARY KEY,
  wert  BIGINT      NOT NULL
) ENGINE=InnoDB;

INSERT INTO id_folge (name, wert)
SELECT 'massenzeilen', GREATEST(COALESCE((SELECT MAX(id) FROM abrechnung), 0),
                                COALESCE((SELECT MAX(id) FROM abrechnung_korrektur), 0));
