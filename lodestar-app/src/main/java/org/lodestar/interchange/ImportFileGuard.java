package org.lodestar.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks at an uploaded file before MPXJ does, and refuses what would make the reader use unbounded memory, disk or
 * time: an empty file, one over the upload limit, a zip archive that inflates to far more than the limit (MPXJ's
 * universal reader unpacks archives), an OLE2 compound file (.mpp) whose header claims more sectors than the file
 * holds, and an XML document that declares entities (external entities, "billion laughs"). Each refusal is an
 * {@link ImportRefusedException} with the message key naming the problem.
 */
final class ImportFileGuard {

    static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** An archive may inflate to this many times the upload limit, and hold this many entries, at most. */
    static final int ZIP_RATIO = 4;
    static final int ZIP_ENTRIES = 10_000;
    /** The start of an XML file searched for a document type declaration (it must come before the root element). */
    private static final int PROLOGUE = 64 * 1024;

    private final long maxBytes;

    ImportFileGuard(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Refuses the file when it is one of the hostile or hopeless kinds above; returns quietly otherwise. */
    void check(Path file) {
        long size;
        byte[] head;
        try {
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(PROLOGUE);
            }
        } catch (IOException unreadable) {
            throw new ImportRefusedException(400, "interchange.import.file.unreadable", firstLine(unreadable));
        }
        if (size == 0) throw new ImportRefusedException(400, "interchange.import.file.empty");
        if (size > maxBytes) throw tooLarge(maxBytes);
        if (startsWith(head, new byte[] {'P', 'K', 3, 4})) checkZip(file);
        else if (startsWith(head, OLE2)) checkOle2(head, size);
        else checkXml(head);
    }

    static ImportRefusedException tooLarge(long maxBytes) {
        return new ImportRefusedException(413, "interchange.import.file.tooLarge", maxBytes / (1024 * 1024));
    }

    /** Inflates every entry without keeping it, counting bytes: a bomb is refused before it can fill a disk. */
    private void checkZip(Path file) {
        long budget = maxBytes * ZIP_RATIO;
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > ZIP_ENTRIES) throw new ImportRefusedException(400, "interchange.import.file.zipBomb");
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > budget) throw new ImportRefusedException(400, "interchange.import.file.zipBomb");
                }
            }
        } catch (IOException corrupt) {
            throw new ImportRefusedException(400, "interchange.import.file.corrupt", firstLine(corrupt));
        }
    }

    /**
     * The compound file header: sector size 512 or 4096 bytes, and FAT, DIFAT and mini-FAT sector counts that the
     * file's size can hold. POI would otherwise allocate tables for the claimed counts.
     */
    private static void checkOle2(byte[] head, long size) {
        if (head.length < 512) throw new ImportRefusedException(400, "interchange.import.file.ole2");
        ByteBuffer header = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        int shift = header.getShort(30) & 0xFFFF;
        if (shift != 9 && shift != 12) throw new ImportRefusedException(400, "interchange.import.file.ole2");
        long sector = 1L << shift;
        long sectors = size / sector + 1;
        long fat = header.getInt(44) & 0xFFFFFFFFL;
        long miniFat = header.getInt(64) & 0xFFFFFFFFL;
        long difat = header.getInt(72) & 0xFFFFFFFFL;
        if (fat > sectors || miniFat > sectors || difat > sectors) {
            throw new ImportRefusedException(400, "interchange.import.file.ole2");
        }
    }

    /** An XML document (in UTF-8 or UTF-16) that declares entities: external ones, or ones that expand. */
    private static void checkXml(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1).replace("\u0000", "");
        if (text.contains("<!ENTITY") || text.contains("<!entity")) {
            throw new ImportRefusedException(400, "interchange.import.file.entities");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (bytes[i] != prefix[i]) return false;
        return true;
    }

    static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
