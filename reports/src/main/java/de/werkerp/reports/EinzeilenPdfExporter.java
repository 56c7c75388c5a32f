package de.werkerp.reports;

import java.awt.Color;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator.Attribute;
import java.text.AttributedString;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

import net.sf.jasperreports.engine.JRAnchor;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.type.HyperlinkTypeEnum;
import net.sf.jasperreports.engine.type.RotationEnum;
import net.sf.jasperreports.engine.type.RunDirectionEnum;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.engine.util.JRTextAttribute;
import net.sf.jasperreports.pdf.AbstractPdfTextRenderer;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfTextRenderer;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfTextAlignment;
import net.sf.jasperreports.pdf.common.PdfTextRendererContext;

/**
 * JasperReports' PDF exporter with a shorter way for the commonest text of our documents: one line of plain text in one
 * font (a label, a name, an amount). JasperReports hands every text to OpenPDF's {@code ColumnText}, which builds a
 * phrase of chunks, runs the bidirectional algorithm over it and breaks it into lines, even for "12,34 €". For a text
 * that provably ends up as one left-to-right line, {@link EinzeilenTextRenderer} writes the same text operators
 * directly: the font JasperReports resolves for it, its size and colour, at the baseline and x position
 * {@code ColumnText} computes (first line: top minus line spacing × font size; right/centre alignment by the width of
 * the text in that font). Everything else (several lines or runs, markup, links, anchors, tabs, rotation, justified,
 * right-to-left or bidi-control characters, leading or trailing blanks, simulated bold/italic, underline, a text that
 * does not fit the width or height) goes JasperReports' own way, unchanged. The tagged-PDF structure (the marked
 * content around each text) stays JasperReports' own: only the phrase inside is replaced.
 *
 * <p>Measured on the payslip: README, "Payslips, next round" (about a tenth less CPU per payslip).
 * {@code EinzeilenPdfExporterTest} compares the position, font, size and text of every glyph with JasperReports' own
 * output.
 */
final class EinzeilenPdfExporter extends JRPdfExporter {

    /** Told of each text written by the shortcut (the renderer counts them for its tests). */
    private final Runnable einzeilig;

    /**
     * The fonts this document's shortcut texts use, by their text attributes and locale: JasperReports resolves the font
     * of every text anew (font extension lookup, style, colour), two thirds of the shortcut's time in a profile; a payslip
     * has a handful of distinct ones. Per exporter, i.e. per document, like JasperReports' own caches.
     */
    private final Map<List<Object>, Font> schriften = new HashMap<>();

    EinzeilenPdfExporter(JasperReportsContext context, Runnable einzeilig) {
        super(context);
        this.einzeilig = einzeilig;
    }

    @Override
    protected AbstractPdfTextRenderer getTextRenderer(JRPrintText text,
            JRStyledText styledText) {
        AbstractPdfTextRenderer renderer = super.getTextRenderer(text, styledText);
        if (renderer.getClass() == SimplePdfTextRenderer.class && pdfProducer instanceof ClassicPdfProducer
                && einzeiligMoeglich(text, styledText)) {
            return new EinzeilenTextRenderer(jasperReportsContext,
                    createPdfTextRendererContext(text, styledText, getTextLocale(text)));
        }
        return renderer;
    }

    /** What can be seen without laying the text out: one run of plain characters, nothing that needs a chunk. */
    static boolean einzeiligMoeglich(JRPrintText text, JRStyledText styledText) {
        if (text.getRotation() != null && text.getRotation() != RotationEnum.NONE
                || text.getRunDirection() != null && text.getRunDirection() != RunDirectionEnum.LTR
                || text.getHyperlinkType() != null && text.getHyperlinkType() != HyperlinkTypeEnum.NONE
                || text.getAnchorName() != null || text.getBookmarkLevel() != JRAnchor.NO_BOOKMARK
                || styledText.getRuns().size() != 1) {
            return false;
        }
        Map<Attribute, Object> attribute = styledText.getRuns().get(0).attributes;
        if (attribute == null || attribute.containsKey(TextAttribute.UNDERLINE)
                || attribute.containsKey(TextAttribute.STRIKETHROUGH)
                || attribute.containsKey(TextAttribute.BACKGROUND) || attribute.containsKey(TextAttribute.SUPERSCRIPT)
                || attribute.containsKey(JRTextAttribute.HYPERLINK) || attribute.containsKey(JRTextAttribute.HTML_LIST)
                || attribute.containsKey(JRTextAttribute.HTML_LIST_ITEM)) {
            return false;
        }
        return einfacheZeichen(styledText.getText());
    }

    /**
     * Non-empty, no blank at either end, and only characters that are left-to-right without any bidi or line-breaking
     * role: Latin, Greek, Cyrillic (U+0020–U+058F, without the soft hyphen) and the general punctuation and currency
     * signs (U+2010–U+2027, U+2030–U+205F, U+20A0–U+20CF: dashes, quotes, ellipsis, €). No control characters
     * (newline, tab), no bidi marks, embeddings or isolates, no zero-width characters.
     */
    static boolean einfacheZeichen(String s) {
        if (s == null || s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '
                || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))
                || Character.isSpaceChar(s.charAt(0)) || Character.isSpaceChar(s.charAt(s.length() - 1))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean einfach = c >= 0x20 && c <= 0x58F && c != 0xAD && !(c >= 0x7F && c < 0xA0)
                    || c >= 0x2010 && c <= 0x2027 || c >= 0x2030 && c <= 0x205F || c >= 0x20A0 && c <= 0x20CF;
            if (!einfach) {
                return false;
            }
        }
        return true;
    }

    /**
     * JasperReports' simple text renderer that writes a text which fits on one line directly instead of through
     * {@code ColumnText} (see the class comment); otherwise exactly JasperReports' own. The tagged-PDF marked content
     * around the text is still written by JasperReports ({@code renderParagraph}), which is handed an attribute-free
     * copy of the text: the font comes from the text's one run of attributes, as JasperReports would resolve it.
     */
    static final class EinzeilenTextRenderer extends SimplePdfTextRenderer {

        private final PdfTextRendererContext kontext;
        private BaseFont basis;
        private float groesse;
        private Color farbe;
        private float xText;
        private float yText;
        private boolean vorbereitet;

        EinzeilenTextRenderer(JasperReportsContext jasperReportsContext, PdfTextRendererContext kontext) {
            super(jasperReportsContext, kontext);
            this.kontext = kontext;
        }

        @Override
        public void render() {
            vorbereitet = bereiteVor();
            if (vorbereitet) {
                // JasperReports' paragraph step (tagging) with a plain copy of the text; createParagraphPhrase writes it
                renderParagraph(new AttributedString(allText).getIterator(), 0, allText);
            } else {
                super.render();
            }
        }

        @Override
        protected void createParagraphPhrase(AttributedString paragraph, String paragraphText) {
            if (vorbereitet && paragraphText.equals(allText)) {
                schreibe(paragraphText);
            } else {
                super.createParagraphPhrase(paragraph, paragraphText);
            }
        }

        /**
         * Font, baseline and x position as OpenPDF's {@code ColumnText} would lay the text out in the column
         * JasperReports gives it; false if it would not be one line or anything else makes it unsure.
         */
        private boolean bereiteVor() {
            if (horizontalAlignment == PdfTextAlignment.JUSTIFIED || htmlListIndent != 0) {
                return false;
            }
            // one run of plain characters: checked by einzeiligMoeglich before this renderer was chosen
            Map<Attribute, Object> attribute = styledText.getRuns().get(0).attributes;
            ClassicPdfProducer producer = (ClassicPdfProducer) pdfProducer;
            Font font = ((EinzeilenPdfExporter) pdfExporter).schriften.computeIfAbsent(
                    Arrays.asList(attribute, kontext.getTextLocale()),
                    k -> producer.getFont(attribute, kontext.getTextLocale()));
            basis = font.getBaseFont();
            int stil = font.getStyle();
            groesse = font.getSize();
            if (basis == null || stil != Font.NORMAL && stil != Font.UNDEFINED || !(groesse > 0)) {
                return false; // a standard PDF font, simulated bold/italic, underline: a chunk does more
            }
            float seitenhoehe = ((EinzeilenPdfExporter) pdfExporter).getCurrentPageFormat().getPageHeight();
            // the column JasperReports gives ColumnText (SimpleAbstractPdfTextRenderer.createPhrase)
            float oben = seitenhoehe - y - topPadding - verticalAlignOffset - text.getLeadingOffset();
            float unten = seitenhoehe - y - height + bottomPadding - (legacyTextMeasuringFix ? 1 : 0);
            float links = x + leftPadding;
            float rechts = x + width - rightPadding;
            float maxY = Math.max(oben, unten);
            float minY = Math.min(oben, unten);
            float breite = Math.abs(rechts - links);
            // ColumnText: line height = fixed leading (0) + multiplied leading × largest font size of the line
            float zeilenhoehe = text.getLineSpacingFactor() != 0f ? groesse * text.getLineSpacingFactor() : 0f;
            float textbreite = basis.getWidthPoint(allText, groesse);
            if (!(breite > 0) || maxY - zeilenhoehe < minY || textbreite >= breite - 0.01f) {
                return false; // ColumnText would wrap it, or not write it at all
            }
            float rest = breite - textbreite;
            xText = Math.min(links, rechts) + switch (horizontalAlignment) {
                case RIGHT -> rest;
                case CENTER -> rest / 2f;
                default -> 0f;
            };
            yText = maxY - zeilenhoehe;
            farbe = font.getColor();
            return true;
        }

        /** The text operators ColumnText writes for one line of one chunk (PdfDocument.writeLineToContent). */
        private void schreibe(String s) {
            PdfContentByte inhalt = ((ClassicPdfProducer) pdfProducer).getPdfContentByte();
            inhalt.beginText();
            inhalt.setTextMatrix(xText, yText);
            inhalt.setFontAndSize(basis, groesse);
            if (farbe != null) {
                inhalt.setColorFill(farbe);
            }
            inhalt.showText(s);
            if (farbe != null) {
                inhalt.resetRGBColorFill();
            }
            inhalt.endText();
            ((EinzeilenPdfExporter) pdfExporter).einzeilig.run();
        }
    }
}
