package de.werkerp.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Uploaded photos are re-encoded: the EXIF segment (GPS position) of the original is gone, the picture stays. */
class BildOhneMetadatenTest {

    private static final String GPS = "GPS 52.520008 N 13.404954 E";

    /** A 40×30 JPEG written by ImageIO, with an EXIF APP1 segment carrying a GPS text put in after JFIF APP0. */
    static byte[] jpegMitExif() throws IOException {
        BufferedImage bild = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = bild.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(bild, "jpeg", jpeg);
        byte[] b = jpeg.toByteArray();
        // SOI (2 bytes), then APP0 (FF E0, length incl. itself)
        assertEquals(0xE0, b[3] & 0xff, "ImageIO writes JFIF APP0 first");
        int nachApp0 = 4 + ((b[4] & 0xff) << 8 | (b[5] & 0xff));
        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        exif.write("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        // TIFF header, big endian, first IFD at offset 8 with no entries, then the GPS text as payload
        exif.write(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0});
        exif.write(GPS.getBytes(StandardCharsets.ISO_8859_1));
        byte[] app1 = exif.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, nachApp0);
        out.write(0xFF);
        out.write(0xE1);
        out.write((app1.length + 2) >> 8);
        out.write((app1.length + 2) & 0xff);
        out.write(app1);
        out.write(b, nachApp0, b.length - nachApp0);
        return out.toByteArray();
    }

    private static boolean enthaelt(byte[] daten, String text) {
        return new String(daten, StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void exifMitGpsIstNachDemNeuKodierenWeg() throws IOException {
        byte[] original = jpegMitExif();
        assertTrue(enthaelt(original, "Exif\0\0") && enthaelt(original, GPS), "test image carries EXIF");
        assertEquals(40, ImageIO.read(new ByteArrayInputStream(original)).getWidth(), "original is a valid JPEG");

        byte[] neu = BildOhneMetadaten.neuKodiert(original, "image/jpeg");

        assertFalse(enthaelt(neu, "Exif"), "no EXIF segment");
        assertFalse(enthaelt(neu, GPS), "no GPS text");
        for (int i = 2; i + 1 < neu.length && (neu[i] & 0xff) == 0xFF && (neu[i + 1] & 0xff) != 0xDA; ) {
            assertTrue((neu[i + 1] & 0xff) != 0xE1, "no APP1 marker before the image data");
            i += 2 + ((neu[i + 2] & 0xff) << 8 | (neu[i + 3] & 0xff));
        }
        BufferedImage gelesen = ImageIO.read(new ByteArrayInputStream(neu));
        assertEquals(40, gelesen.getWidth());
        assertEquals(30, gelesen.getHeight());
        Color mitte = new Color(gelesen.getRGB(20, 15));
        assertTrue(Math.abs(mitte.getRed() - Color.ORANGE.getRed()) < 10 && Math.abs(mitte.getBlue()) < 20,
                "the picture stays: " + mitte);
    }

    @Test
    void pngBleibtPngMitTransparenz() throws IOException {
        BufferedImage bild = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
        bild.setRGB(1, 1, 0x80FF0000);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(bild, "png", png);
        byte[] neu = BildOhneMetadaten.neuKodiert(png.toByteArray(), "image/png");
        assertEquals(0x89, neu[0] & 0xff);
        assertEquals(0x80FF0000, ImageIO.read(new ByteArrayInputStream(neu)).getRGB(1, 1));
    }

    @Test
    void keinBildWirdAbgelehnt() {
        byte[] falsch = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
        assertThrows(IllegalArgumentException.class, () -> BildOhneMetadaten.neuKodiert(falsch, "image/jpeg"));
    }
}
