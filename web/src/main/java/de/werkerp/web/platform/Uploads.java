package de.werkerp.web.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.primefaces.model.file.UploadedFile;

/** Reads an uploaded file of a CSV import page: size limit and German messages in one place. */
public final class Uploads {

    /** The uploaded file's name and content. */
    public record Datei(String name, byte[] inhalt) {

        /** The content as UTF-8 text. */
        public String text() {
            return new String(inhalt, StandardCharsets.UTF_8);
        }
    }

    private Uploads() {
    }

    /**
     * The content of the uploaded file, or empty after a German error message (no file chosen, larger than
     * {@code maxBytes}, not readable).
     */
    public static Optional<Datei> lesen(UploadedFile datei, long maxBytes) {
        return lesen(datei, maxBytes, "Bitte wählen Sie eine CSV-Datei aus.");
    }

    /** Like {@link #lesen(UploadedFile, long)} with the message shown when no file was chosen. */
    public static Optional<Datei> lesen(UploadedFile datei, long maxBytes, String keineDateiMeldung) {
        if (datei == null || datei.getSize() == 0) {
            Messages.error(keineDateiMeldung);
            return Optional.empty();
        }
        if (datei.getSize() > maxBytes) {
            Messages.error("Die Datei ist größer als " + maxBytes / (1024 * 1024) + " MB.");
            return Optional.empty();
        }
        try (InputStream in = datei.getInputStream()) {
            return Optional.of(new Datei(datei.getFileName(), in.readAllBytes()));
        } catch (IOException e) {
            Messages.error("Die Datei konnte nicht gelesen werden.");
            return Optional.empty();
        }
    }

    /** Whether no new file was chosen (the page may then reuse the content it read before). */
    public static boolean keineNeueDatei(UploadedFile datei) {
        return datei == null || datei.getSize() == 0;
    }
}
