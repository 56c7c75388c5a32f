package de.werkerp.contract.importer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One valid data row of the import file: a person (Beschäftigte/r) with the first Werkstattvertrag.
 *
 * <p>Only rows without any error are returned, so the required fields are never {@code null}: nachname,
 * vorname, geburtsdatum, geschlecht, einrichtung, vertragsbeginn, bereich, platzierung (an empty cell is
 * {@link ImportPlatzierung#GRUPPE}) and wochenstunden. Optional text fields left empty are {@code null}, never
 * "". All text is trimmed and in Unicode NFC. {@code rvNummer} and {@code iban} are normalised (spaces removed,
 * upper case) as {@code Rentenversicherungsnummer.normalisiert} / {@code Iban.normalisiert} do.
 * {@code einrichtung} and {@code gruppe} are names that the caller still has to look up (they are not checked
 * here). {@code kinderlos} is {@code false} for an empty cell, {@code kinderUnter25} is 0 for an empty cell.
 *
 * @param zeile the line of the file where the row starts (for messages of the caller)
 */
public record ImportRow(
        int zeile,
        String nachname,
        String vorname,
        LocalDate geburtsdatum,
        ImportGeschlecht geschlecht,
        String strasse,
        String plz,
        String ort,
        String rvNummer,
        String krankenkasse,
        String krankenkasseBetriebsnummer,
        boolean kinderlos,
        int kinderUnter25,
        String iban,
        String kontoinhaber,
        String einrichtung,
        LocalDate vertragsbeginn,
        ImportBereich bereich,
        ImportPlatzierung platzierung,
        String gruppe,
        String arbeitgeber,
        BigDecimal wochenstunden,
        ImportTeilzeitgrund teilzeitgrund) {
}
