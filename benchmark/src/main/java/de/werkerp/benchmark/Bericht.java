package de.werkerp.benchmark;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress output with a time stamp, UTF-8 regardless of the locale. */
final class Bericht {

    static final PrintStream OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    private static final DateTimeFormatter ZEIT = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Bericht() {
    }

    static void zeile(String format, Object... args) {
        OUT.println("[" + LocalTime.now().format(ZEIT) + "] " + String.format(java.util.Locale.ROOT, format, args));
    }

    static long ms(long vonNanos) {
        return (System.nanoTime() - vonNanos) / 1_000_000;
    }
}
