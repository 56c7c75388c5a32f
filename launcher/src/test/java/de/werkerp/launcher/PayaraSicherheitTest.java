package de.werkerp.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS from a keystore, the proxy's X-Forwarded-Proto, no Server header: the Payara arguments and files. */
class PayaraSicherheitTest {

    @TempDir
    Path dir;

    private Path keystore(String alias, String password) throws Exception {
        Path ks = dir.resolve("werkerp.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=werkerp-test",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", ks.toString(), "-storepass", password,
                "-keypass", password).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        return ks;
    }

    @Test
    void ohneKeystoreKeinHttps() {
        assertNull(PayaraSicherheit.tls(Map.of(), dir, 8080));
    }

    @Test
    void httpsMitDemEinzigenSchluesselUndPasswortNurInDerDatei() throws Exception {
        Path ks = keystore("werkerp", "geheim-123");
        PayaraSicherheit.Tls tls = PayaraSicherheit.tls(Map.of("WERKERP_KEYSTORE", ks.toString(),
                "WERKERP_KEYSTORE_PASSWORD", "geheim-123", "WERKERP_HTTPS_PORT", "9443"), dir, 8080);
        assertEquals("werkerp", tls.alias());
        assertEquals(9443, tls.port());
        assertEquals("PKCS12", tls.type());

        Path conf = Files.createDirectory(dir.resolve("conf"));
        List<String> args = PayaraSicherheit.payaraArgumente(tls, false, conf);
        assertEquals(List.of("--prebootcommandfile", conf.resolve("preboot.asadmin").toString(),
                "--systemproperties", conf.resolve("tls.properties").toString(), "--sslport", "9443", "--sslcert",
                "werkerp"), args);
        assertFalse(String.join(" ", args).contains("geheim-123"), "the password is not on the command line");
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(conf.resolve("tls.properties"))) {
            p.load(in);
        }
        assertEquals(ks.toString(), p.getProperty("javax.net.ssl.keyStore"));
        assertEquals("geheim-123", p.getProperty("javax.net.ssl.keyStorePassword"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                conf.resolve("tls.properties"))));
    }

    @Test
    void falschesPasswortUndUnbekannterAliasWerdenGemeldet() throws Exception {
        Path ks = keystore("werkerp", "geheim-123");
        IllegalArgumentException falsch = assertThrows(IllegalArgumentException.class, () -> PayaraSicherheit.tls(
                Map.of("WERKERP_KEYSTORE", ks.toString(), "WERKERP_KEYSTORE_PASSWORD", "falsch"), dir, 8080));
        assertTrue(falsch.getMessage().contains("cannot open WERKERP_KEYSTORE"), falsch.getMessage());
        IllegalArgumentException alias = assertThrows(IllegalArgumentException.class, () -> PayaraSicherheit.tls(
                Map.of("WERKERP_KEYSTORE", ks.toString(), "WERKERP_KEYSTORE_PASSWORD", "geheim-123",
                        "WERKERP_KEYSTORE_ALIAS", "anderer"), dir, 8080));
        assertTrue(alias.getMessage().contains("no key with the alias anderer"), alias.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PayaraSicherheit.tls(Map.of("WERKERP_KEYSTORE",
                ks.toString()), dir, 8080));
        assertThrows(IllegalArgumentException.class, () -> PayaraSicherheit.tls(Map.of("WERKERP_KEYSTORE",
                dir.resolve("fehlt.p12").toString(), "WERKERP_KEYSTORE_PASSWORD", "x"), dir, 8080));
    }

    @Test
    void prebootOhneServerHeaderUndMitProxySchemaZuordnung() throws IOException {
        List<String> direkt = PayaraSicherheit.prebootBefehle(false);
        assertTrue(direkt.contains("set configs.config.server-config.network-config.protocols.protocol."
                + "http-listener.http.server-header=false"), direkt.toString());
        assertFalse(String.join("\n", direkt).contains("scheme-mapping"));
        assertTrue(PayaraSicherheit.prebootBefehle(true).contains("set configs.config.server-config.network-config."
                + "protocols.protocol.http-listener.http.scheme-mapping=X-Forwarded-Proto"));
        List<String> args = PayaraSicherheit.payaraArgumente(null, true, dir);
        assertEquals(List.of("--prebootcommandfile", dir.resolve("preboot.asadmin").toString()), args);
        assertEquals(PayaraSicherheit.prebootBefehle(true), Files.readAllLines(dir.resolve("preboot.asadmin")));
    }
}
