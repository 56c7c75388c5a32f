package de.werkerp.web.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.audit.boundary.AuditService;
import de.werkerp.web.api.Zahlenbereich;
import de.werkerp.audit.entity.AuditEintrag;

/** REST: the audit trail of the caller's tenant (tenant admin, auditor). */
@Path("protokoll")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Änderungsprotokoll")
public class ProtokollResource {

    public record AuditDto(Instant zeitpunkt, String benutzer, String aktion, String objekttyp, Long objektId,
            String feld, String alterWert, String neuerWert, Long nr, String hash) {
        static AuditDto of(AuditEintrag a) {
            return new AuditDto(a.getZeitpunkt(), a.getBenutzer(), a.getAktion().name(), a.getObjekttyp(),
                    a.getObjektId(), a.getFeld(), a.getAlterWert(), a.getNeuerWert(), a.getSeq(), a.getHash());
        }
    }

    @EJB
    AuditService audit;

    @Schema(name = "ProtokollPruefungDto")
    public record PruefungDto(boolean intakt, long anzahl, long altbestand, String letzterHash, Long bruchId,
            Long bruchNr, String meldung) {
    }

    /** Recomputes the hash chain of the tenant's audit trail: intact, or the first broken entry. */
    @GET
    @Path("pruefung")
    public PruefungDto pruefung() {
        AuditService.Pruefergebnis p = audit.pruefen();
        return new PruefungDto(p.intakt(), p.anzahl(), p.altbestand(), p.letzterHash(),
                p.bruch() == null ? null : p.bruch().id(), p.bruch() == null ? null : p.bruch().seq(), p.getText());
    }

    @GET
    public List<AuditDto> latest(@QueryParam("max") @DefaultValue("500") @Zahlenbereich(min = 1, max = 10000) int max) {
        return audit.latest(max).stream().map(AuditDto::of).toList();
    }
}
