package de.werkerp.security.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.CallerDirectory;
import de.werkerp.platform.control.Mailversand;
import de.werkerp.platform.control.NotFound;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.Uhr;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.security.control.Einladungsregel;
import de.werkerp.security.control.PasswordHasher;
import de.werkerp.security.entity.Benutzer;
import de.werkerp.security.entity.Einladung;
import de.werkerp.tenant.entity.Traeger;

/**
 * Invitations (issue 16 item 1): the tenant admin (and, for a new tenant's first admin, the operator's tenant creation)
 * invites a user of the tenant by e-mail; the invitee sets the own password through the one-time link. The operator
 * never learns the token: it is only in the mail. Both steps are in the tenant's audit trail (the invitation's row
 * "angelegt", its {@code angenommenAm} "geändert").
 */
@Stateless
@TenantGuarded
@Allow(Role.TENANT_ADMIN)
public class EinladungService {

    private static final DateTimeFormatter BIS = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'", Locale.GERMANY);

    @Inject
    TenantRepository repository;

    @Inject
    CallerContext callers;

    @Inject
    CallerDirectory directory;

    @Inject
    PasswordHasher hasher;

    @Inject
    Mailversand mail;

    @Inject
    Clock clock;

    /**
     * Creates an invitation for a user of the caller's tenant and sends the link to the user's e-mail address.
     *
     * @param basisUrl the application's address as the invitee reaches it, e.g. {@code https://erp.example.org/werkerp}
     */
    public Einladung einladen(Long benutzerId, String basisUrl) {
        Benutzer benutzer = repository.find(Benutzer.class, benutzerId, BenutzerService.FEHLT);
        if (benutzer.getEmail() == null) {
            throw new ValidationFailure("email", "Für eine Einladung braucht der Benutzer eine E-Mail-Adresse.");
        }
        if (!benutzer.isAktiv()) {
            throw new ValidationFailure("aktiv", "Ein deaktivierter Benutzer kann nicht eingeladen werden.");
        }
        // one open link per user: a new invitation ends the earlier ones (an old mail opens nothing any more)
        fruehereBeenden(benutzer.getId());
        String token = Einladungsregel.neuesToken();
        Einladung einladung = repository.create(new Einladung(benutzer.getId(), benutzer.getEmail(),
                Einladungsregel.hash(token), Einladungsregel.gueltigBis(clock.instant())));
        Traeger traeger = repository.em().find(Traeger.class, callers.require().tenantId());
        try {
            mail.senden(benutzer.getEmail(), "Einladung zu WerkERP – " + traeger.getName(),
                    text(benutzer, traeger, link(basisUrl, token), einladung.getGueltigBis()));
        } catch (Mailversand.Fehlgeschlagen e) {
            throw new ValidationFailure("email", e.getMessage());
        }
        return einladung;
    }

    static String link(String basisUrl, String token) {
        String base = basisUrl == null || basisUrl.isBlank() ? "http://localhost:8080/werkerp" : basisUrl.trim();
        return (base.endsWith("/") ? base : base + "/") + "einladung.xhtml?token=" + token;
    }

    private static String text(Benutzer b, Traeger t, String link, Instant bis) {
        return "Guten Tag " + b.getAnzeigename() + ",\n\n"
                + "Sie wurden zu WerkERP eingeladen: Träger „" + t.getName() + "“, Kennung des Trägers „" + t.getKennung()
                + "“, Ihr Benutzername „" + b.getBenutzername() + "“.\n\n"
                + "Bitte legen Sie über diesen Link Ihr Passwort fest (mindestens " + PasswordHasher.MIN_LENGTH_NEW
                + " Zeichen). Der Link ist bis " + BIS.format(bis.atZone(Uhr.BERLIN)) + " gültig und nur einmal verwendbar:\n\n"
                + link + "\n\n"
                + "Danach melden Sie sich mit der Kennung des Trägers, Ihrem Benutzernamen und Ihrem Passwort an.\n"
                + "Wenn Sie diese Einladung nicht erwartet haben, ignorieren Sie diese E-Mail bitte.\n\n"
                + "WerkERP\n";
    }

    /**
     * The invitee sets the own password: called as the invited user ({@code Einladungsannahme} found the invitation by
     * its token). Marks the invitation used; clears a pending forced change.
     */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.ELECTION_BOARD,
            Role.AUDITOR})
    public void annehmen(long einladungId, String token, String passwort) {
        Caller caller = callers.require();
        Einladung einladung;
        Benutzer benutzer;
        try {
            einladung = repository.find(Einladung.class, einladungId, Einladungsregel.UNGUELTIG);
            benutzer = repository.find(Benutzer.class, einladung.getBenutzerId(), Einladungsregel.UNGUELTIG);
        } catch (NotFound e) {
            throw new ValidationFailure("token", Einladungsregel.UNGUELTIG);
        }
        if (token == null || !Einladungsregel.hash(token).equals(einladung.getTokenHash())
                || !Einladungsregel.benutzbar(einladung.getGueltigBis(), einladung.getAngenommenAm(), clock.instant())
                || !benutzer.isAktiv() || !benutzer.getBenutzername().equals(caller.username())) {
            throw new ValidationFailure("token", Einladungsregel.UNGUELTIG);
        }
        PasswordHasher.requireNew("passwort", passwort);
        repository.em().detach(benutzer);
        benutzer.setPasswortHash(hasher.hash(passwort));
        benutzer.setPasswortAendern(false);
        repository.update(benutzer, Einladungsregel.UNGUELTIG);
        repository.em().detach(einladung);
        einladung.setAngenommenAm(clock.instant());
        repository.update(einladung, Einladungsregel.UNGUELTIG);
        fruehereBeenden(benutzer.getId());
        directory.forgetAll();
    }

    /** Ends the user's other open invitations (bulk, audited): their links are then expired. */
    private void fruehereBeenden(Long benutzerId) {
        Instant jetzt = clock.instant();
        repository.massenaenderung(repository.em().createQuery("UPDATE Einladung e SET e.gueltigBis = :jetzt"
                + " WHERE e.benutzerId = :benutzer AND e.angenommenAm IS NULL AND e.gueltigBis > :jetzt")
                .setParameter("jetzt", jetzt).setParameter("benutzer", benutzerId), "Einladung",
                "frühere offene Einladungen beendet");
    }
}
