package de.werkerp.web.wage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.werkerp.contract.control.Regelaltersgrenze;
import de.werkerp.social.control.Beitraege;
import de.werkerp.social.control.Beitragsfall;
import de.werkerp.wage.boundary.RechnerService;
import de.werkerp.wage.control.Bereich;
import de.werkerp.wage.control.Entgeltabrechnung;
import de.werkerp.web.platform.Messages;

/** Page "Rechner": Arbeitsentgelt and AFöG, social-insurance contributions, Regelaltersgrenze. Nothing is stored. */
@Named
@ViewScoped
public class RechnerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RechnerService rechner;

    // Entgelt
    private LocalDate entgeltMonat = LocalDate.now().withDayOfMonth(1);
    private BigDecimal steigerungsbetrag = new BigDecimal("117.00");
    private BigDecimal grundbetrag;
    private Bereich bereich = Bereich.AB;
    private Entgeltabrechnung entgelt;

    // Sozialversicherung
    private LocalDate svMonat = LocalDate.now().withDayOfMonth(1);
    private BigDecimal arbeitsentgelt = new BigDecimal("250.00");
    private LocalDate geburtsdatum;
    private boolean kinderlos;
    private int kinderUnter25;
    private boolean beitrittsgebiet;
    private int svTage = de.werkerp.social.control.Sozialversicherungstage.VOLLER_MONAT;
    private BigDecimal zusatzbeitragKasse;
    private Beitraege beitraege;

    // Regelaltersgrenze
    private LocalDate ragGeburtsdatum;
    private Regelaltersgrenze.Result rag;

    public void entgeltBerechnen() {
        entgelt = null;
        Messages.attempt("entgeltForm", () -> entgelt = rechner.entgelt(YearMonth.from(entgeltMonat), steigerungsbetrag,
                grundbetrag, bereich));
    }

    public void svBerechnen() {
        beitraege = null;
        Messages.attempt("svForm", () -> {
            Beitragsfall fall;
            try {
                fall = new Beitragsfall(YearMonth.from(svMonat), arbeitsentgelt, null, null, geburtsdatum, kinderlos,
                        kinderUnter25, beitrittsgebiet, false, zusatzbeitragKasse, svTage);
            } catch (IllegalArgumentException e) {
                throw new de.werkerp.platform.control.ValidationFailure("arbeitsentgelt", e.getMessage());
            }
            beitraege = rechner.sozialversicherung(fall);
        });
    }

    public void ragBerechnen() {
        rag = null;
        Messages.attempt("ragForm", () -> rag = rechner.regelaltersgrenze(ragGeburtsdatum));
    }

    public Bereich[] getBereiche() {
        return Bereich.values();
    }

    public LocalDate getEntgeltMonat() { return entgeltMonat; }
    public void setEntgeltMonat(LocalDate v) { entgeltMonat = v; }
    public BigDecimal getSteigerungsbetrag() { return steigerungsbetrag; }
    public void setSteigerungsbetrag(BigDecimal v) { steigerungsbetrag = v; }
    public BigDecimal getGrundbetrag() { return grundbetrag; }
    public void setGrundbetrag(BigDecimal v) { grundbetrag = v; }
    public Bereich getBereich() { return bereich; }
    public void setBereich(Bereich v) { bereich = v; }
    public Entgeltabrechnung getEntgelt() { return entgelt; }
    public LocalDate getSvMonat() { return svMonat; }
    public void setSvMonat(LocalDate v) { svMonat = v; }
    public BigDecimal getArbeitsentgelt() { return arbeitsentgelt; }
    public void setArbeitsentgelt(BigDecimal v) { arbeitsentgelt = v; }
    public LocalDate getGeburtsdatum() { return geburtsdatum; }
    public void setGeburtsdatum(LocalDate v) { geburtsdatum = v; }
    public boolean isKinderlos() { return kinderlos; }
    public void setKinderlos(boolean v) { kinderlos = v; }
    public int getKinderUnter25() { return kinderUnter25; }
    public void setKinderUnter25(int v) { kinderUnter25 = v; }
    public boolean isBeitrittsgebiet() { return beitrittsgebiet; }
    public void setBeitrittsgebiet(boolean v) { beitrittsgebiet = v; }
    public int getSvTage() { return svTage; }
    public void setSvTage(int v) { svTage = v; }
    public BigDecimal getZusatzbeitragKasse() { return zusatzbeitragKasse; }
    public void setZusatzbeitragKasse(BigDecimal v) { zusatzbeitragKasse = v; }
    public Beitraege getBeitraege() { return beitraege; }
    public LocalDate getRagGeburtsdatum() { return ragGeburtsdatum; }
    public void setRagGeburtsdatum(LocalDate v) { ragGeburtsdatum = v; }
    public Regelaltersgrenze.Result getRag() { return rag; }
}
