-- Two-factor sign-in (TOTP, RFC 6238) and personal API tokens (issue 16 item 2). Both belong to an account, which is
-- a tenant user (konto_art 'BENUTZER', konto_id = benutzer.id) or an operator ('BETREIBER', betreiber.id); tenant_id
-- is the user's tenant (NULL for operators). Read at sign-in before the tenant is known, like the login lookups of
-- CallerDirectory (security.control.Zweifaktorspeicher, ApiTokenspeicher: plain JDBC, per account only).

-- The TOTP secret, encrypted with AES-GCM under WERKERP_TOTP_KEY (Base64 of nonce and cipher text); aktiv once the
-- user confirmed it with a code; letzter_schritt = the last accepted 30-second time step (a code is accepted once).
CREATE TABLE zweifaktor (
  konto_art        VARCHAR(9)   NOT NULL,
  konto_id         BIGINT       NOT NULL,
  tenant_id        BIGINT       NULL,
  geheimnis        VARCHAR(255) NOT NULL,
  aktiv            BOOLEAN      NOT NULL DEFAULT FALSE,
  letzter_schritt  BIGINT       NOT NULL DEFAULT 0,
  geaendert        DATETIME(3)  NOT NULL,
  PRIMARY KEY (konto_art, konto_id),
  CONSTRAINT ck_zweifaktor_art CHECK (konto_art IN ('BENUTZER', 'BETREIBER')),
  CONSTRAINT fk_zweifaktor_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id)
) ENGINE=InnoDB;

-- Recovery codes: SHA-256 (hex) of each unused code; a used code's row is deleted (single use).
CREATE TABLE wiederherstellungscode (
  konto_art  VARCHAR(9) NOT NULL,
  konto_id   BIGINT     NOT NULL,
  code_hash  CHAR(64)   NOT NULL,
  PRIMARY KEY (konto_art, konto_id, code_hash)
) ENGINE=InnoDB;

-- Personal API tokens: only the SHA-256 (hex) of the token is stored. benutzername is the account's login name when
-- the token was made; a request with the token is accepted only while that name still names the same active account.
CREATE TABLE api_token (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  konto_art        VARCHAR(9)   NOT NULL,
  konto_id         BIGINT       NOT NULL,
  tenant_id        BIGINT       NULL,
  benutzername     VARCHAR(80)  NOT NULL,
  name             VARCHAR(100) NOT NULL,
  token_hash       CHAR(64)     NOT NULL,
  angelegt         DATETIME(3)  NOT NULL,
  gueltig_bis      DATE         NOT NULL,
  zuletzt_benutzt  DATETIME(3)  NULL,
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
  CONSTRAINT ck_api_token_art CHECK (konto_art IN ('BENUTZER', 'BETREIBER')),
  CONSTRAINT fk_api_token_traeger FOREIGN KEY (tenant_id) REFERENCES traeger (id),
  INDEX ix_api_token_konto (konto_art, konto_id)
) ENGINE=InnoDB;
