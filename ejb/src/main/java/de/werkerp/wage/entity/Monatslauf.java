package de.werkerp.wage.entity;

import java.time.Instant;
import java.time.YearMonth;

/**
 * What the Entgelt run and the billing run have in common (the period logic of {@code wage.control.Monatsfolge}):
 * one month of one Einrichtung, computed by one person and released by another. The run pages share their header,
 * four-eyes hint and release through this view.
 */
public interface Monatslauf {

    Long getId();

    YearMonth getMonat();

    Laufstatus getStatus();

    boolean isVeraltet();

    String getBerechnetVon();

    Instant getBerechnetAm();

    String getFreigegebenVon();

    Instant getFreigegebenAm();

    int getAnzahl();
}
