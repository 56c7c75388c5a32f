package de.werkerp.contract.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

import de.werkerp.contract.control.Teilzeitgrund;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Platzierung;

/** What a new Werkstattvertrag needs: person, Einrichtung, start, first phase and first working time. */
public record NeuerVertrag(Long beschaeftigterId, Long einrichtungId, LocalDate beginn, Bereich bereich,
        Platzierung platzierung, Long gruppeId, String arbeitgeber, BigDecimal wochenstunden,
        Teilzeitgrund teilzeitgrund, LocalDate nachweisDatum, LocalDate genehmigtAm) {
}
