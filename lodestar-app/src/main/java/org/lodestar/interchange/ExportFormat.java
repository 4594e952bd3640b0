package org.lodestar.interchange;

import java.util.Locale;
import java.util.Optional;

/** The formats a project is written to: what Microsoft Project, ProjectLibre and Primavera P6 open. */
public enum ExportFormat {

    /** Microsoft Project XML (MSPDI): opens in Microsoft Project 2003 and later and in ProjectLibre. */
    MSPDI("xml", "application/vnd.ms-project+xml"),
    /** Primavera P6 XML (PMXML). */
    PMXML("xml", "application/xml"),
    /** MPX 4.0 text: Microsoft Project 98 and the tools that still read it. */
    MPX("mpx", "application/x-project");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format named (mspdi, pmxml, mpx; any case), or empty. */
    public static Optional<ExportFormat> named(String name) {
        if (name == null) return Optional.empty();
        for (ExportFormat format : values()) {
            if (format.name().equals(name.strip().toUpperCase(Locale.ROOT))) return Optional.of(format);
        }
        return Optional.empty();
    }
}
