package de.werkerp.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Transport settings of the Payara Micro child process (issue 16 item 3).
 *
 * <ul>
 * <li><b>HTTPS</b> when {@code WERKERP_KEYSTORE} names a keystore (PKCS12 or JKS) with
 * {@code WERKERP_KEYSTORE_PASSWORD}: Payara Micro's {@code --sslport} ({@code WERKERP_HTTPS_PORT}, default 8443) and
 * {@code --sslcert} (the key's alias: {@code WERKERP_KEYSTORE_ALIAS}, else the keystore's only key entry), the
 * keystore given as the system properties {@code javax.net.ssl.keyStore}, {@code javax.net.ssl.keyStorePassword} and
 * {@code javax.net.ssl.keyStoreType} through {@code --systemproperties FILE} (a file readable by the owner only, so
 * the password is not on the command line).</li>
 * <li><b>Behind a reverse proxy</b> ({@code WERKERP_BEHIND_PROXY=true}): the HTTP listener's {@code scheme-mapping}
 * is set to {@code X-Forwarded-Proto}, so a request the proxy received over HTTPS counts as HTTPS in the
 * application (Secure session cookie, HSTS, https:// in redirects).</li>
 * <li>Always: the listeners send no {@code Server} header ({@code server-header=false}); {@code X-Powered-By} is
 * already off in Payara Micro's domain.xml.</li>
 * </ul>
 * The asadmin {@code set} commands go to Payara through {@code --prebootcommandfile}: applied before the listeners
 * start. (As {@code --postbootcommandfile} they restart the HTTP listener while it already serves, and in a test the
 * HTTP listener did not come back while the health check was polling.)
 */
final class PayaraSicherheit {

    static final int DEFAULT_HTTPS_PORT = 8443;

    private static final String LISTENER = "configs.config.server-config.network-config.protocols.protocol.";

    /** The HTTPS settings, checked: the keystore opens with the password and the alias holds a key. */
    record Tls(int port, Path keystore, String password, String alias, String type) {
    }

    private PayaraSicherheit() {
    }

    /** The HTTPS settings from the environment, or {@code null} without {@code WERKERP_KEYSTORE}. */
    static Tls tls(Map<String, String> env, Path cwd, int httpPort) {
        String pfad = env.get("WERKERP_KEYSTORE");
        if (pfad == null || pfad.isBlank()) {
            return null;
        }
        Path keystore = cwd.resolve(pfad.trim()).normalize();
        if (!Files.isRegularFile(keystore)) {
            throw new IllegalArgumentException("WERKERP_KEYSTORE " + keystore + " does not exist");
        }
        String password = env.get("WERKERP_KEYSTORE_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("WERKERP_KEYSTORE is set but WERKERP_KEYSTORE_PASSWORD is not");
        }
        int port = port(env.get("WERKERP_HTTPS_PORT"));
        if (port == httpPort) {
            throw new IllegalArgumentException("WERKERP_HTTPS_PORT and WERKERP_HTTP_PORT are equal");
        }
        KeyStore ks;
        try {
            ks = KeyStore.getInstance(keystore.toFile(), password.toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot open WERKERP_KEYSTORE " + keystore
                    + " with WERKERP_KEYSTORE_PASSWORD: " + e.getMessage());
        }
        String alias = env.get("WERKERP_KEYSTORE_ALIAS");
        try {
            List<String> schluessel = new ArrayList<>();
            for (String a : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(a)) {
                    schluessel.add(a);
                }
            }
            if (alias == null || alias.isBlank()) {
                if (schluessel.size() != 1) {
                    throw new IllegalArgumentException("WERKERP_KEYSTORE holds " + schluessel.size()
                            + " keys " + schluessel + "; name the one to use in WERKERP_KEYSTORE_ALIAS");
                }
                alias = schluessel.get(0);
            } else if (!schluessel.contains(alias.trim())) {
                throw new IllegalArgumentException("WERKERP_KEYSTORE has no key with the alias " + alias
                        + " (keys: " + schluessel + ")");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read WERKERP_KEYSTORE: " + e.getMessage());
        }
        return new Tls(port, keystore, password, alias.trim(), ks.getType());
    }

    private static int port(String v) {
        if (v == null || v.isBlank()) {
            return DEFAULT_HTTPS_PORT;
        }
        try {
            int p = Integer.parseInt(v.trim());
            if (p > 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw new IllegalArgumentException("WERKERP_HTTPS_PORT is not a port: " + v);
    }

    /** The asadmin commands run before Payara boots. */
    static List<String> prebootBefehle(boolean hinterProxy) {
        List<String> b = new ArrayList<>();
        b.add("set " + LISTENER + "http-listener.http.server-header=false");
        b.add("set " + LISTENER + "https-listener.http.server-header=false");
        if (hinterProxy) {
            b.add("set " + LISTENER + "http-listener.http.scheme-mapping=X-Forwarded-Proto");
        }
        return b;
    }

    /**
     * Writes the pre-boot command file (and with HTTPS the system properties file, owner-only) into {@code dir}
     * and returns the Payara Micro arguments that use them.
     */
    static List<String> payaraArgumente(Tls tls, boolean hinterProxy, Path dir) throws IOException {
        return payaraArgumente(tls, hinterProxy, dir, List.of());
    }

    /** As {@link #payaraArgumente(Tls, boolean, Path)}, with further pre-boot commands (e.g. {@link Knotenbetrieb}). */
    static List<String> payaraArgumente(Tls tls, boolean hinterProxy, Path dir, List<String> weitereBefehle)
            throws IOException {
        List<String> args = new ArrayList<>();
        Path preboot = dir.resolve("preboot.asadmin");
        List<String> befehle = new ArrayList<>(prebootBefehle(hinterProxy));
        befehle.addAll(weitereBefehle);
        Files.write(preboot, befehle, StandardCharsets.UTF_8);
        args.add("--prebootcommandfile");
        args.add(preboot.toString());
        if (tls != null) {
            Path props = dir.resolve("tls.properties");
            Files.deleteIfExists(props);
            try {
                Files.createFile(props, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions (e.g. Windows): owner-only through java.io.File
                java.io.File datei = Files.createFile(props).toFile();
                boolean nurBesitzer = datei.setReadable(false, false) && datei.setReadable(true, true)
                        && datei.setWritable(false, false) && datei.setWritable(true, true);
                if (!nurBesitzer) {
                    org.slf4j.LoggerFactory.getLogger(PayaraSicherheit.class).warn("Die Datei {} mit dem "
                            + "Keystore-Passwort lässt sich auf diesem Dateisystem nicht auf den Besitzer beschränken: "
                            + "bitte das Datenverzeichnis schützen.", props);
                }
            }
            Properties p = new Properties();
            p.setProperty("javax.net.ssl.keyStore", tls.keystore().toString());
            p.setProperty("javax.net.ssl.keyStorePassword", tls.password());
            p.setProperty("javax.net.ssl.keyStoreType", tls.type());
            try (var out = Files.newBufferedWriter(props, StandardCharsets.UTF_8)) {
                p.store(out, "WerkERP HTTPS (written by the launcher at each start)");
            }
            args.add("--systemproperties");
            args.add(props.toString());
            args.add("--sslport");
            args.add(Integer.toString(tls.port()));
            args.add("--sslcert");
            args.add(tls.alias());
        }
        return args;
    }
}
