package de.werkerp.wage.sepa;

/**
 * The originator of the credit transfers (EPC "Originator", AT-P001/AT-D001/AT-D002): the Werkstatt that pays the
 * wages, with the account the wages are debited from.
 *
 * @param name name of the account holder as the bank knows it (converted to the SEPA character set, at most 70
 *             characters are used)
 * @param iban IBAN of the debited account; spaces and lower case are allowed
 * @param bic  BIC of the originator's bank, optional ({@code null} or blank: "NOTPROVIDED", which every bank in
 *             SEPA accepts for IBAN-only payments)
 */
public record Auftraggeber(String name, String iban, String bic) {

    /** An originator without BIC (IBAN only). */
    public Auftraggeber(String name, String iban) {
        this(name, iban, null);
    }
}
