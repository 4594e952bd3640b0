package org.lodestar.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack's font is found on the system, and anything unfit leaves the standard Helvetica rather than failing. */
class PdfFontsTests {

    @Test
    void aNamedFontThatIsMissingOrUnreadableLeavesHelvetica(@TempDir Path folder) throws Exception {
        assertThat(new PdfFonts(folder.resolve("missing.ttf").toString()).unicode()).isEmpty();
        Path broken = Files.writeString(folder.resolve("broken.ttf"), "not a font");
        assertThat(new PdfFonts(broken.toString()).unicode()).isEmpty();
    }

    /** DejaVu Sans (Debian's fonts-dejavu-core, installed by .ci/run) has Latin but no kana nor Hangul. */
    @Test
    void aFontWithoutJapaneseOrKoreanIsNotUsed() {
        Path latinOnly = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assertThat(latinOnly).as("install fonts-dejavu-core").isReadable();
        assertThat(new PdfFonts(latinOnly.toString()).unicode()).isEmpty();
    }

    /** WenQuanYi Zen Hei (Debian's fonts-wqy-zenhei, installed by .ci/run) is found without a setting. */
    @Test
    void theUsualPathsFindAFontCoveringJapaneseAndKorean() {
        assertThat(new PdfFonts("").unicode()).hasValueSatisfying(font -> assertThat(font.charExists('운')).isTrue());
    }
}
