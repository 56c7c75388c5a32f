package de.werkerp.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnotenbetriebTest {

    private static final String SITZUNGEN_IM_SPEICHER =
            "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false";
    private static final String BEAN_POOL = "set configs.config.server-config.ejb-container.max-pool-size=200";

    @Test
    void alleinSitzungenImSpeicher() {
        assertEquals(List.of(BEAN_POOL, SITZUNGEN_IM_SPEICHER), Knotenbetrieb.prebootBefehle(false));
    }

    @Test
    void imClusterBleibenSitzungenRepliziert() {
        assertEquals(List.of(BEAN_POOL), Knotenbetrieb.prebootBefehle(true));
    }

    @Test
    void stehenInDerPrebootDateiNachDenenDerSicherheit(@TempDir Path dir) throws Exception {
        List<String> args = PayaraSicherheit.payaraArgumente(null, false, dir, Knotenbetrieb.prebootBefehle(false));
        Path datei = Path.of(args.get(args.indexOf("--prebootcommandfile") + 1));
        List<String> befehle = Files.readAllLines(datei);
        assertEquals(PayaraSicherheit.prebootBefehle(false), befehle.subList(0, 2));
        assertTrue(befehle.containsAll(Knotenbetrieb.prebootBefehle(false)), befehle.toString());
    }
}
