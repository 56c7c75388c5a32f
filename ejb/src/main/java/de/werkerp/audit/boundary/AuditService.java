package de.werkerp.audit.boundary;

import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.werkerp.audit.control.AuditTrail;
import de.werkerp.audit.control.Pruefkette;
import de.werkerp.audit.entity.AuditEintrag;
import de.werkerp.audit.entity.AuditKette;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.entity.Role;

/**
 * Reads the audit trail of the caller's tenant, newest first, and checks its hash chain. Special-category values
 * are shown only to the roles that may read them (stored with each entry); others get "geändert".
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.AUDITOR})
public class AuditService {

    public static final int MAX_ROWS = 5000;

    /** Entries read per query while checking the chain. */
    private static final int SEITE = 2000;

    /** The result of a chain check: intact (with the number of entries and the last hash) or the first break. */
    public record Pruefergebnis(boolean intakt, long anzahl, long altbestand, String letzterHash,
            Pruefkette.Bruch bruch) implements java.io.Serializable {
        public String getText() {
            return intakt
                    ? "Prüfkette intakt: " + anzahl + " verkettete Einträge" + (altbestand > 0
                            ? " (dazu " + altbestand + " Einträge aus der Zeit vor der Kette, als Anfangswert versiegelt)"
                            : "") + ". Letzter Prüfwert: " + letzterHash + "."
                    : "Prüfkette unterbrochen bei Eintrag" + (bruch.id() == null ? "" : " #" + bruch.id())
                            + " (Nr. " + bruch.seq() + "): " + bruch.grund();
        }

        public boolean isIntakt() {
            return intakt;
        }
    }

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail trail;

    public List<AuditEintrag> latest(int maxRows) {
        return fuerLeser(em.createQuery("SELECT a FROM AuditEintrag a ORDER BY a.zeitpunkt DESC, a.id DESC", AuditEintrag.class)
                .setMaxResults(Math.min(Math.max(maxRows, 1), MAX_ROWS))
                .getResultList());
    }

    public List<AuditEintrag> forObject(String objekttyp, Long objektId) {
        return fuerLeser(em.createQuery("SELECT a FROM AuditEintrag a WHERE a.objekttyp = :t AND a.objektId = :id"
                + " ORDER BY a.zeitpunkt DESC, a.id DESC", AuditEintrag.class)
                .setParameter("t", objekttyp).setParameter("id", objektId)
                .getResultList());
    }

    /**
     * Recomputes the tenant's hash chain from the stored entries: the digest of the entries from before the chain,
     * then every entry in order. Reports the first broken entry (changed content, removed or inserted entries).
     */
    public Pruefergebnis pruefen() {
        long tenantId = callers.require().tenantId();
        Pruefkette.Altbestand alt = trail.altbestand(tenantId);
        Pruefkette.Pruefung pruefung = new Pruefkette.Pruefung(alt.digest());
        long ab = 0;
        boolean weiter = true;
        while (weiter) {
            List<AuditEintrag> seite = em.createQuery("SELECT a FROM AuditEintrag a WHERE a.seq IS NOT NULL AND a.seq > :ab"
                    + " ORDER BY a.seq", AuditEintrag.class).setParameter("ab", ab).setMaxResults(SEITE)
                    .setHint("eclipselink.read-only", "true").getResultList();
            for (AuditEintrag a : seite) {
                if (!pruefung.weiter(new Pruefkette.Gespeichert(a.getId(), AuditTrail.inhalt(tenantId, a.getSeq(), a),
                        a.getPrevHash(), a.getHash()))) {
                    weiter = false;
                    break;
                }
                ab = a.getSeq();
            }
            weiter = weiter && seite.size() == SEITE;
        }
        AuditKette kopf = em.find(AuditKette.class, tenantId);
        var bruch = pruefung.ende(kopf == null ? 0 : kopf.getSeq(), kopf == null ? null : kopf.getHash());
        return new Pruefergebnis(bruch.isEmpty(), pruefung.anzahl(), alt.anzahl(), pruefung.letzterHash(),
                bruch.orElse(null));
    }

    private List<AuditEintrag> fuerLeser(List<AuditEintrag> eintraege) {
        Caller caller = callers.require();
        return eintraege.stream().map(a -> darfLesen(caller, a.getLesbarFuer()) ? a : a.verborgen()).toList();
    }

    static boolean darfLesen(Caller caller, String lesbarFuer) {
        if (lesbarFuer == null) {
            return true;
        }
        return Set.of(lesbarFuer.split(",")).stream().anyMatch(r -> caller.roles().contains(Role.valueOf(r)));
    }
}
