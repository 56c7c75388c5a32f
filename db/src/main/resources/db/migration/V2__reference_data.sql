-- Reference data with validity periods (rules.md §§ 1–3). Not tenant-owned: the law is the same for
-- every provider. gueltig_bis NULL = open-ended. Rules read these through one control that answers
-- "the value valid on date D"; no figure below is repeated in code.

-- Grundbetrag (§ 221 Abs. 2 SGB IX = Ausbildungsgeld § 125 SGB III; staging § 241 Abs. 9 SGB IX)
CREATE TABLE ref_grundbetrag (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  gueltig_ab   DATE          NOT NULL,
  gueltig_bis  DATE,
  betrag       DECIMAL(9,2)  NOT NULL,
  rechtsquelle VARCHAR(200)  NOT NULL,
  CONSTRAINT uq_ref_grundbetrag UNIQUE (gueltig_ab)
) ENGINE=InnoDB;

INSERT INTO ref_grundbetrag (gueltig_ab, gueltig_bis, betrag, rechtsquelle) VALUES
 ('2016-08-01', '2019-12-31',  80.00, '§ 221 Abs. 2 SGB IX i. V. m. § 125 SGB III'),
 ('2020-01-01', '2020-12-31',  89.00, '§ 241 Abs. 9 SGB IX'),
 ('2021-01-01', '2021-12-31',  99.00, '§ 241 Abs. 9 SGB IX'),
 ('2022-01-01', '2022-12-31', 109.00, '§ 241 Abs. 9 SGB IX'),
 ('2023-01-01', '2024-07-31', 126.00, '§ 221 Abs. 2 SGB IX i. V. m. § 125 SGB III'),
 ('2024-08-01', NULL,         133.00, '§ 221 Abs. 2 SGB IX i. V. m. § 125 SGB III');

-- Arbeitsförderungsgeld (§ 59 SGB IX): AFöG = betrag if Arbeitsentgelt <= grenze_voll,
-- else max(0, obergrenze - Arbeitsentgelt).
CREATE TABLE ref_arbeitsfoerderungsgeld (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  gueltig_ab   DATE          NOT NULL,
  gueltig_bis  DATE,
  betrag       DECIMAL(9,2)  NOT NULL,
  grenze_voll  DECIMAL(9,2)  NOT NULL,
  obergrenze   DECIMAL(9,2)  NOT NULL,
  rechtsquelle VARCHAR(200)  NOT NULL,
  CONSTRAINT uq_ref_afoeg UNIQUE (gueltig_ab)
) ENGINE=InnoDB;

INSERT INTO ref_arbeitsfoerderungsgeld (gueltig_ab, gueltig_bis, betrag, grenze_voll, obergrenze, rechtsquelle) VALUES
 ('2017-01-01', NULL, 52.00, 299.00, 351.00, '§ 59 Abs. 1 SGB IX');

-- Rechengrößen der Sozialversicherung (rules.md § 3). Percentages as given by law (14.6 = 14.6 %).
CREATE TABLE ref_rechengroessen (
  id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
  gueltig_ab                 DATE          NOT NULL,
  gueltig_bis                DATE,
  bezugsgroesse_west         DECIMAL(9,2)  NOT NULL,
  bezugsgroesse_ost          DECIMAL(9,2),
  kv_allgemeiner_satz        DECIMAL(6,3)  NOT NULL,
  kv_zusatzbeitrag_durchschn DECIMAL(6,3)  NOT NULL,
  pv_satz                    DECIMAL(6,3)  NOT NULL,
  pv_zuschlag_kinderlos      DECIMAL(6,3)  NOT NULL,
  rv_satz                    DECIMAL(6,3)  NOT NULL,
  rechtsquelle               VARCHAR(300)  NOT NULL,
  CONSTRAINT uq_ref_rechengroessen UNIQUE (gueltig_ab)
) ENGINE=InnoDB;

INSERT INTO ref_rechengroessen (gueltig_ab, gueltig_bis, bezugsgroesse_west, bezugsgroesse_ost,
  kv_allgemeiner_satz, kv_zusatzbeitrag_durchschn, pv_satz, pv_zuschlag_kinderlos, rv_satz, rechtsquelle) VALUES
 ('2023-01-01', '2023-06-30', 3395.00, 3290.00, 14.600, 1.600, 3.050, 0.350, 18.600,
  'SVBezGrV 2023; § 241 SGB V; § 242a SGB V; § 55 SGB XI; BeitrSatzV 2023'),
 ('2023-07-01', '2023-12-31', 3395.00, 3290.00, 14.600, 1.600, 3.400, 0.600, 18.600,
  'SVBezGrV 2023; § 55 SGB XI i. d. F. PUEG ab 01.07.2023'),
 ('2024-01-01', '2024-12-31', 3535.00, 3465.00, 14.600, 1.700, 3.400, 0.600, 18.600,
  'SVBezGrV 2024; § 242a SGB V; § 55 SGB XI'),
 ('2025-01-01', '2025-12-31', 3745.00, NULL,    14.600, 2.500, 3.600, 0.600, 18.600,
  'SVBezGrV 2025 (einheitliche Bezugsgröße); § 242a SGB V; § 55 SGB XI'),
 ('2026-01-01', '2026-12-31', 3955.00, NULL,    14.600, 2.900, 3.600, 0.600, 18.600,
  'SVBezGrV 2026; § 242a SGB V; § 55 SGB XI');
