package org.lodestar.reporting.internal;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The font the PDF pack embeds: one that covers Latin, Japanese and Korean, read from the system (never shipped in
 * the project), from the setting {@code lodestar.pdf.cjk-font} or else the usual install paths of WenQuanYi Zen Hei
 * (Debian and Ubuntu package {@code fonts-wqy-zenhei}). Found once, on the first pack; when none is found (or the
 * one named lacks kana or Hangul) a warning is logged once and packs use the standard, Latin-only Helvetica.
 */
@Component
public class PdfFonts {

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

    /** Where the packages of WenQuanYi Zen Hei put it: Debian and Ubuntu, Fedora, Arch. */
    static final List<String> USUAL_PATHS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc");

    /** A kana, a Hangul syllable and a Han character: a font without one of them would drop those labels. */
    private static final char[] NEEDED = {'あ', '한', '資'};

    private final String configured;
    private Optional<BaseFont> font;

    public PdfFonts(@Value("${lodestar.pdf.cjk-font:}") String configured) {
        this.configured = configured == null ? "" : configured.strip();
    }

    /** The embedded font for all the text of a pack, or empty for Helvetica (then Japanese and Korean are lost). */
    public synchronized Optional<BaseFont> unicode() {
        if (font == null) {
            font = find();
        }
        return font;
    }

    private Optional<BaseFont> find() {
        List<String> candidates = configured.isEmpty() ? USUAL_PATHS : List.of(configured);
        for (String path : candidates) {
            if (!Files.isReadable(Path.of(path))) {
                continue;
            }
            Optional<BaseFont> loaded = load(path);
            if (loaded.isPresent()) {
                log.info("PDF packs embed the font {}", path);
                return loaded;
            }
        }
        log.warn("No font covering Japanese and Korean at {}: PDF packs are written in Helvetica, so those in Japanese"
                + " or Korean are labelled in English. Install fonts-wqy-zenhei or name a TrueType font (.ttf, .ttc)"
                + " in lodestar.pdf.cjk-font.", candidates);
        return Optional.empty();
    }

    private static Optional<BaseFont> load(String path) {
        // a collection (.ttc) is read by index: its first face is the proportional one
        String name = path.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? path + ",0" : path;
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
            for (char needed : NEEDED) {
                if (!font.charExists(needed)) {
                    log.warn("The font {} has no glyph for {}: not used for PDF packs", path, needed);
                    return Optional.empty();
                }
            }
            return Optional.of(font);
        } catch (Exception unreadable) {
            log.warn("The font {} could not be read for PDF packs: {}", path, unreadable.toString());
            return Optional.empty();
        }
    }
}
