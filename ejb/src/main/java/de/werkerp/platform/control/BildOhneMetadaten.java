package de.werkerp.platform.control;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * An uploaded photo decoded to its pixels and encoded again, so that nothing but the picture is stored: EXIF (camera,
 * time, GPS position), XMP, IPTC, comments and embedded thumbnails of the original are gone (Art. 5 Abs. 1 lit. c
 * DSGVO, data minimisation). JPEG stays JPEG (quality 0.9, RGB), PNG stays PNG (with transparency). The EXIF
 * orientation is not applied: a photo taken upright but stored sideways stays sideways, as the ballot shows it.
 */
public final class BildOhneMetadaten {

    private BildOhneMetadaten() {
    }

    /**
     * @param typ "image/jpeg" or "image/png"
     * @throws IllegalArgumentException if the bytes are no readable image of that type
     */
    public static byte[] neuKodiert(byte[] inhalt, String typ) {
        BufferedImage bild;
        try {
            bild = ImageIO.read(new ByteArrayInputStream(inhalt));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Das Bild kann nicht gelesen werden.", e);
        }
        if (bild == null) {
            throw new IllegalArgumentException("Das Bild kann nicht gelesen werden.");
        }
        try {
            return "image/png".equals(typ) ? png(bild) : jpeg(bild);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
    }

    private static byte[] png(BufferedImage bild) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(bild, "png", out)) {
            throw new IllegalArgumentException("Das Bild kann nicht als PNG gespeichert werden.");
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage bild) throws IOException {
        BufferedImage rgb = bild;
        if (bild.getType() != BufferedImage.TYPE_INT_RGB && bild.getType() != BufferedImage.TYPE_3BYTE_BGR
                && bild.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            rgb = new BufferedImage(bild.getWidth(), bild.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            try {
                g.drawImage(bild, 0, 0, java.awt.Color.WHITE, null);
            } finally {
                g.dispose();
            }
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            // no metadata passed: the writer writes a plain JFIF header and nothing of the original
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
