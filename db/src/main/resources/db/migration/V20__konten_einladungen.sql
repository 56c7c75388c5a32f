-- Accounts (issue 16 items 1 and 2).
-- User names are unique per tenant, no longer across all tenants: a tenant admin can no longer find out which names
-- other tenants use ("Benutzername vergeben"). Users sign in with the tenant's Kennung plus their name (README
-- "Sign-in"); operators (betreiber) keep names of their own.
ALTER TABLE benutzer DROP INDEX uq_benutzer_name;
ALTER TABLE benutzer ADD CONSTRAINT uq_benutzer_tenant_name UNIQUE (tenant_id, benutzername);
-- An invited user has no password until the invitation is accepted.
ALTER TABLE benutzer MODIFY passwort_hash VARCHAR(400) NULL;
ALTER TABLE benutzer ADD COLUMN email VARCHAR(254) NULL;
-- Set when another person (the tenant admin) chose the password: the user must change it at the next sign-in.
ALTER TABLE benutzer ADD COLUMN passwort_aendern BOOLEAN NOT NULL DEFAULT FALSE;

-- Invitations: a one-time link (72 h, single use) by e-mail with which a user sets the own password. Only the
-- SHA-256 of the random token is stored. Tenant-owned; the public invitation page finds a row by its token hash
-- before the tenant is known (security.control.Einladungen, like the login lookups of CallerDirectory).
CREATE TABLE einladung (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id      BIGINT       NOT NULL,
  benutzer_id    BIGINT       NOT NULL,
  email          VARCHAR(254) NOT NULL,
  token_hash     CHAR(64)     NOT NULL,
  gueltig_bis    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  angenommen_am  TIMESTAMP(3) NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_einladung_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  CONSTRAINT fk_einladung_benutzer FOREIGN KEY (benutzer_id) REFERENCES benutzer (id),
  CONSTRAINT uq_einladung_token UNIQUE (token_hash)
) ENGINE=InnoDB;
