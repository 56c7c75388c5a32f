package de.werkerp.security.entity;

import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.werkerp.platform.entity.NotAudited;
import de.werkerp.platform.entity.Role;
import de.werkerp.platform.entity.RoleSetConverter;
import de.werkerp.platform.entity.TenantOwnedEntity;

/** A user of one tenant. The password is stored only as a PBKDF2 hash (Jakarta Security Pbkdf2PasswordHash). */
@Entity
@Table(name = "benutzer")
public class Benutzer extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Bitte geben Sie einen Benutzernamen ein.")
    @Pattern(regexp = "[A-Za-z0-9._@-]{3,80}", message = "Der Benutzername besteht aus 3 bis 80 Buchstaben (ohne Umlaute), Ziffern oder . _ @ -.")
    @Column(nullable = false)
    private String benutzername;

    @NotBlank(message = "Bitte geben Sie den Namen ein.")
    @Size(max = 200, message = "Der Name darf höchstens 200 Zeichen lang sein.")
    @Column(nullable = false)
    private String anzeigename;

    /** Null while the user's invitation is open (no password chosen yet). */
    @NotAudited
    @Column(name = "passwort_hash")
    private String passwortHash;

    @Email(message = "Bitte geben Sie eine gültige E-Mail-Adresse ein.")
    @Size(max = 254, message = "Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.")
    private String email;

    /** Set when another person chose the password (the tenant admin): the user must change it at the next sign-in. */
    @Column(name = "passwort_aendern", nullable = false)
    private boolean passwortAendern;

    @NotEmpty(message = "Bitte wählen Sie mindestens eine Rolle.")
    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false)
    private Set<Role> rollen = EnumSet.noneOf(Role.class);

    private boolean aktiv = true;

    public Benutzer() {
    }

    public Benutzer(String benutzername, String anzeigename, Set<Role> rollen) {
        this.benutzername = benutzername;
        this.anzeigename = anzeigename;
        setRollen(rollen);
    }

    @Override
    public String displayType() {
        return "Benutzer";
    }

    public String getBenutzername() {
        return benutzername;
    }

    public void setBenutzername(String benutzername) {
        this.benutzername = benutzername;
    }

    public String getAnzeigename() {
        return anzeigename;
    }

    public void setAnzeigename(String anzeigename) {
        this.anzeigename = anzeigename;
    }

    public String getPasswortHash() {
        return passwortHash;
    }

    public void setPasswortHash(String passwortHash) {
        this.passwortHash = passwortHash;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    public boolean isPasswortAendern() {
        return passwortAendern;
    }

    public void setPasswortAendern(boolean passwortAendern) {
        this.passwortAendern = passwortAendern;
    }

    /** Whether the user has a password (false while the invitation is open). */
    public boolean isPasswortGesetzt() {
        return passwortHash != null;
    }

    public Set<Role> getRollen() {
        return rollen;
    }

    public void setRollen(Set<Role> rollen) {
        this.rollen = rollen == null || rollen.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(rollen);
    }

    public String getRollenText() {
        return String.join(", ", rollen.stream().sorted().map(Role::label).toList());
    }

    public boolean isAktiv() {
        return aktiv;
    }

    public void setAktiv(boolean aktiv) {
        this.aktiv = aktiv;
    }
}
