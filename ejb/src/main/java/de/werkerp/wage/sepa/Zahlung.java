package de.werkerp.wage.sepa;

import java.math.BigDecimal;

/**
 * One payout of a wage run: one credit transfer transaction (EPC "CdtTrfTxInf").
 *
 * @param empfaengerName    name of the beneficiary, usually the worker (converted to the SEPA character set, at
 *                          most 70 characters are used)
 * @param iban              IBAN of the beneficiary; spaces and lower case are allowed
 * @param bic               BIC of the beneficiary's bank, optional ({@code null} or blank: no creditor agent)
 * @param betrag            amount in euros, more than 0 and at most 999,999,999.99, in whole cents; a payout of 0
 *                          is not a transfer and must be left out by the caller
 * @param verwendungszweck  unstructured remittance information, at most 140 characters, optional
 * @param endToEndId        the originator's reference of the transfer (at most 35 characters of the SEPA character
 *                          set, unique within the file), returned by the bank with returns; optional
 *                          ({@code null} or blank: "NOTPROVIDED")
 */
public record Zahlung(String empfaengerName, String iban, String bic, BigDecimal betrag, String verwendungszweck,
        String endToEndId) {
}
