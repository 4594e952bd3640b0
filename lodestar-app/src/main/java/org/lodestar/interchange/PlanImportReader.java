package org.lodestar.interchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Reads an uploaded file for an import: guarded first ({@link ImportFileGuard}), then every project in it (a
 * Primavera XER or PMXML file may hold several), each mapped by {@link ProjectFileReader#map}. A file MPXJ cannot
 * read is refused with a message key saying why; MPXJ's own message, one line, is its argument.
 */
final class PlanImportReader {

    /** The projects of a file, with the names the file gives them (for the user to pick one). */
    record ImportFile(List<ImportedProject> projects, List<String> names) {
    }

    private final ImportFileGuard guard;

    PlanImportReader(long maxBytes) {
        this.guard = new ImportFileGuard(maxBytes);
    }

    ImportFile read(Path path, String fileName) {
        guard.check(path);
        List<ProjectFile> files;
        try {
            files = new UniversalProjectReader().readAll(path.toFile());
        } catch (Exception | StackOverflowError failure) {
            ImportRefusedException password = passwordProtected(failure);
            if (password != null) throw password;
            files = null;
            if (!localisedMpx(path)) {
                throw new ImportRefusedException(400, "interchange.import.file.corrupt", ImportFileGuard.firstLine(failure));
            }
        }
        if (files == null || files.isEmpty()) {
            // MPX files written by a non-English Microsoft Project, which the universal reader does not take
            try {
                files = List.of(ProjectFileReader.readFile(path));
            } catch (UnreadableProjectFileException notAProject) {
                // a compound file (.mpp) MPXJ finds no project in is a damaged or truncated one
                if (startsWith(path, ImportFileGuard.OLE2)) {
                    throw new ImportRefusedException(400, "interchange.import.file.corrupt", notAProject.getMessage());
                }
                throw new ImportRefusedException(400, "interchange.import.file.notProject");
            }
        }
        List<ImportedProject> projects = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ProjectFile file = files.get(i);
            try {
                projects.add(ProjectFileReader.map(fileName, file));
            } catch (UnreadableProjectFileException | RuntimeException failure) {
                throw new ImportRefusedException(400, "interchange.import.file.corrupt", ImportFileGuard.firstLine(failure));
            }
            names.add(name(file, i));
        }
        return new ImportFile(projects, names);
    }

    private static String name(ProjectFile file, int index) {
        var properties = file.getProjectProperties();
        for (String candidate : new String[] {properties.getProjectID(), properties.getName(), properties.getProjectTitle()}) {
            if (candidate != null && !candidate.isBlank()) {
                String name = candidate.strip().replaceAll("\\p{Cntrl}", " ");
                return name.length() > 120 ? name.substring(0, 120) : name;
            }
        }
        return "#" + (index + 1);
    }

    /** A refusal when MPXJ failed because the file is password protected, else null. */
    static ImportRefusedException passwordProtected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MPXJException && MPXJException.PASSWORD_PROTECTED.equals(cause.getMessage())) {
                return new ImportRefusedException(400, "interchange.import.file.password");
            }
        }
        return null;
    }

    private static boolean localisedMpx(Path path) {
        return startsWith(path, "MPX".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(Path path, byte[] prefix) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(path)) {
            return java.util.Arrays.equals(in.readNBytes(prefix.length), prefix);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
