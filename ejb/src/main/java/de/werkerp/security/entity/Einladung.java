package de.werkerp.security.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import de.werkerp.platform.entity.InstantConverter;
import de.werkerp.platform.entity.NotAudited;
import de.werkerp.platform.entity.TenantOwnedEntity;

/**
 * An invitation (issue 16 item 1): a one-time link by e-mail with which a user of the tenant sets the own password.
 * Only the SHA-256 of the token is stored ({@code security.control.Einladungsregel}); valid 72 h, single use.
 */
@Entity
@Table(name = "einladung")
public class Einladung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Column(name = "benutzer_id", nullable = false)
    private Long benutzerId;

    @NotNull
    @Column(nullable = false)
    private String email;

    @NotAudited
    @NotNull
    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "gueltig_bis", nullable = false)
    private Instant gueltigBis;

    @Convert(converter = InstantConverter.class)
    @Column(name = "angenommen_am")
    private Instant angenommenAm;

    protected Einladung() {
    }

    public Einladung(Long benutzerId, String email, String tokenHash, Instant gueltigBis) {
        this.benutzerId = benutzerId;
        this.email = email;
        this.tokenHash = tokenHash;
        this.gueltigBis = gueltigBis;
    }

    @Override
    public String displayType() {
        return "Einladung";
    }

    public Long getBenutzerId() {
        return benutzerId;
    }

    public String getEmail() {
        return email;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getGueltigBis() {
        return gueltigBis;
    }

    public Instant getAngenommenAm() {
        return angenommenAm;
    }

    public void setAngenommenAm(Instant angenommenAm) {
        this.angenommenAm = angenommenAm;
    }
}
