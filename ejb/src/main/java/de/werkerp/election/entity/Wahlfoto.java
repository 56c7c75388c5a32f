package de.werkerp.election.entity;

import java.time.LocalDate;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

import de.werkerp.platform.entity.TenantOwnedEntity;

/** The photo of a candidate for the ballot and the candidate notice (§ 20 WMVO): bytes in the database, JPEG or PNG. */
@Entity
@Table(name = "wahlvorschlag_foto")
public class Wahlfoto extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @OneToOne(optional = false)
    @JoinColumn(name = "vorschlag_id")
    private Wahlvorschlag vorschlag;

    @NotNull
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "inhalt")
    private byte[] inhalt;

    @NotNull
    @Column(name = "typ")
    private String typ;

    @Override
    public String displayType() {
        return "Foto zum Wahlvorschlag";
    }

    public Wahlvorschlag getVorschlag() {
        return vorschlag;
    }

    public void setVorschlag(Wahlvorschlag vorschlag) {
        this.vorschlag = vorschlag;
    }

    public byte[] getInhalt() {
        return inhalt;
    }

    public void setInhalt(byte[] inhalt) {
        this.inhalt = inhalt;
    }

    public String getTyp() {
        return typ;
    }

    public void setTyp(String typ) {
        this.typ = typ;
    }

}
