package de.werkerp.web.contract;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import de.werkerp.contract.boundary.ImportService;
import de.werkerp.web.platform.Messages;
import de.werkerp.web.platform.Uploads;

/** Page "CSV-Import": upload, dry run with every row's errors, then all-or-nothing import. */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    @EJB
    ImportService service;

    private transient UploadedFile datei;
    private byte[] inhalt;
    private String dateiname;
    private ImportService.ImportBericht bericht;

    public void pruefen() {
        if (!leseDatei()) {
            return;
        }
        bericht = service.pruefen(inhalt);
        if (bericht.fehlerfrei()) {
            Messages.info("Probelauf: alle " + bericht.zeilen() + " Zeilen sind in Ordnung. Es wurde noch nichts gespeichert.");
        } else {
            Messages.error("Probelauf: " + bericht.fehler().size() + " Fehler. Es wurde nichts gespeichert.");
        }
    }

    public void importieren() {
        if (inhalt == null && !leseDatei()) {
            return;
        }
        bericht = service.importieren(inhalt);
        if (bericht.gespeichert()) {
            Messages.info(bericht.zeilen() + " Personen mit Werkstattvertrag importiert.");
            inhalt = null;
        } else {
            Messages.error("Import abgebrochen: " + bericht.fehler().size() + " Fehler. Es wurde nichts gespeichert.");
        }
    }

    private boolean leseDatei() {
        if (Uploads.keineNeueDatei(datei) && inhalt != null) {
            return true;
        }
        return Uploads.lesen(datei, MAX_BYTES).map(x -> {
            inhalt = x.inhalt();
            dateiname = x.name();
            return true;
        }).orElse(false);
    }

    public UploadedFile getDatei() {
        return datei;
    }

    public void setDatei(UploadedFile datei) {
        this.datei = datei;
    }

    public String getDateiname() {
        return dateiname;
    }

    public ImportService.ImportBericht getBericht() {
        return bericht;
    }
}
