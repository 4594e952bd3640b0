package org.lodestar.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.primavera.PrimaveraPMFileWriter;
import org.mpxj.reader.UniversalProjectReader;

/** Bad and hostile files are refused before or while MPXJ reads them, each with the message key naming why. */
class ImportFilesTests {

    private static final long LIMIT = 1024 * 1024;

    @TempDir
    Path folder;

    private final PlanImportReader reader = new PlanImportReader(LIMIT);

    @Test
    void anEmptyFileIsRefusedAsEmpty() throws IOException {
        assertRefused(write("empty.mpp", new byte[0]), "interchange.import.file.empty", 400);
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413BeforeItIsRead() throws IOException {
        assertRefused(write("big.xml", new byte[(int) LIMIT + 1]), "interchange.import.file.tooLarge", 413);
    }

    @Test
    void garbageAndAFileWithTheWrongExtensionAreRefusedAsNotAProjectOrCorrupt() throws IOException {
        Path text = write("plan.mpp", "just some words, not a plan".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(text, "plan.mpp")).isInstanceOf(ImportRefusedException.class)
                .extracting(e -> ((ImportRefusedException) e).messageKey())
                .isIn("interchange.import.file.notProject", "interchange.import.file.corrupt");
    }

    @Test
    void aProjectFileUnderAnotherExtensionIsReadByItsContent() throws IOException {
        Path renamed = folder.resolve("sample.xer");
        Files.copy(InterchangeDatasets.file("legacy__sample.mpp"), renamed);
        assertThat(reader.read(renamed, "sample.xer").projects().get(0).tasks()).isNotEmpty();
    }

    @Test
    void aTruncatedFileIsRefusedAsCorrupt() throws IOException {
        byte[] whole = Files.readAllBytes(InterchangeDatasets.file("legacy__sample.mpp"));
        Path truncated = write("sample.mpp", Arrays.copyOf(whole, whole.length / 3));
        assertRefused(truncated, "interchange.import.file.corrupt", 400);
    }

    @Test
    void aPasswordProtectedFileIsNamedAsSuch() {
        Exception failure = new RuntimeException(new MPXJException(MPXJException.PASSWORD_PROTECTED));
        assertThat(PlanImportReader.passwordProtected(failure).messageKey()).isEqualTo("interchange.import.file.password");
        assertThat(PlanImportReader.passwordProtected(new MPXJException(MPXJException.INVALID_FILE))).isNull();
    }

    @Test
    void xmlDeclaringEntitiesIsRefusedWhetherExternalOrExpanding() throws IOException {
        String external = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&secret;</Name></Project>";
        assertRefused(write("xxe.xml", external.getBytes(StandardCharsets.UTF_8)), "interchange.import.file.entities", 400);
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&lol9;</Name></Project>");
        assertRefused(write("laughs.xml", laughs.toString().getBytes(StandardCharsets.UTF_16)),
                "interchange.import.file.entities", 400);
    }

    @Test
    void aZipThatInflatesFarBeyondTheLimitIsRefusedAsABomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("plan.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < ImportFileGuard.ZIP_RATIO + 2; i++) zip.write(zeros);
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan((int) LIMIT);
        assertRefused(write("bomb.zip", bytes.toByteArray()), "interchange.import.file.zipBomb", 400);
    }

    @Test
    void anOle2FileClaimingAbsurdSectorCountsIsRefused() throws IOException {
        byte[] header = new byte[4096];
        System.arraycopy(ImportFileGuard.OLE2, 0, header, 0, ImportFileGuard.OLE2.length);
        ByteBuffer fields = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        fields.putShort(26, (short) 3);
        fields.putShort(28, (short) 0xFFFE);
        fields.putShort(30, (short) 9);
        fields.putInt(44, 0x7FFFFFFF);
        assertRefused(write("absurd.mpp", header), "interchange.import.file.ole2", 400);
        fields.putInt(44, 1);
        fields.putShort(30, (short) 40);
        assertRefused(write("shift.mpp", header), "interchange.import.file.ole2", 400);
    }

    @Test
    void aRealMppPassesTheGuard() {
        new ImportFileGuard(50L * 1024 * 1024).check(InterchangeDatasets.file("legacy__sample.mpp"));
    }

    @Test
    void everyProjectOfAMultiProjectPmxmlFileIsListedByName() throws Exception {
        String first = pmxml("XERNative__sample.xer");
        String second = pmxml("PredecessorCalendar.xer");
        int projectAt = second.indexOf("<Project>");
        int projectEnd = second.lastIndexOf("</Project>") + "</Project>".length();
        int close = first.lastIndexOf("</APIBusinessObjects>");
        String both = first.substring(0, close) + second.substring(projectAt, projectEnd) + first.substring(close);
        Path file = write("two.pmxml", both.getBytes(StandardCharsets.UTF_8));

        PlanImportReader.ImportFile read = reader.read(file, "two.pmxml");

        assertThat(read.projects()).hasSize(2);
        assertThat(read.names()).hasSize(2).doesNotHaveDuplicates();
        assertThat(read.projects().get(0).tasks().size()).isNotEqualTo(read.projects().get(1).tasks().size());
    }

    @Test
    void importsBeyondTheAllowedNumberAtOnceAreRefusedWith503() {
        ImportSlots slots = new ImportSlots(1);
        slots.enter();
        assertThatThrownBy(slots::enter).isInstanceOf(ImportRefusedException.class)
                .satisfies(e -> assertThat(((ImportRefusedException) e).status()).isEqualTo(503));
        slots.leave();
        slots.enter();
    }

    private static String pmxml(String dataset) throws Exception {
        ProjectFile project = new UniversalProjectReader().read(InterchangeDatasets.file(dataset).toFile());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PrimaveraPMFileWriter().write(project, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private void assertRefused(Path file, String key, int status) {
        assertThatThrownBy(() -> reader.read(file, file.getFileName().toString()))
                .isInstanceOf(ImportRefusedException.class)
                .satisfies(e -> {
                    ImportRefusedException refused = (ImportRefusedException) e;
                    assertThat(refused.messageKey()).isEqualTo(key);
                    assertThat(refused.status()).isEqualTo(status);
                    assertThat(refused.field()).isEqualTo("file");
                });
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }
}
