package org.lodestar.intake;

import java.util.List;
import java.util.Map;
import org.lodestar.platform.InvalidInputException;

/**
 * Which files a request accepts: at most {@code maxBytes}, of a type on the list, and whose first bytes match the
 * declared type (a renamed executable is not a PDF).
 */
final class AttachmentPolicy {

    private static final String ZIP = "PK\u0003\u0004";
    private static final Map<String, String> SIGNATURES = Map.of(
            "application/pdf", "%PDF",
            "image/png", "\u0089PNG",
            "image/jpeg", "\u00ff\u00d8\u00ff",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP,
            "text/plain", "",
            "text/csv", "");

    private final int maxBytes;

    AttachmentPolicy(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The file's name as stored; throws a problem on {@code file} when the file is refused. */
    String check(String fileName, String contentType, byte[] content) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || content == null || content.length == 0) refuse("intake.validation.file.empty");
        if (name.length() > 200) name = name.substring(name.length() - 200);
        if (content.length > maxBytes) refuse("intake.validation.file.tooLarge", maxBytes / 1024);
        String signature = SIGNATURES.get(type);
        if (signature == null || !startsWith(content, signature)) refuse("intake.validation.file.type");
        if (signature.isEmpty() && containsNul(content)) refuse("intake.validation.file.type");
        return name;
    }

    private static boolean startsWith(byte[] content, String signature) {
        if (content.length < signature.length()) return false;
        for (int i = 0; i < signature.length(); i++) {
            if ((content[i] & 0xff) != signature.charAt(i)) return false;
        }
        return true;
    }

    private static boolean containsNul(byte[] content) {
        for (byte b : content) if (b == 0) return true;
        return false;
    }

    private static void refuse(String key, Object... arguments) {
        throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("file", key, arguments)));
    }
}
