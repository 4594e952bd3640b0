package org.lodestar.interchange;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared Microsoft Project / Primavera files (45 files, MANIFEST.csv and SOURCES.md beside them), read in place
 * and never copied; {@code LODESTAR_INTERCHANGE_DATASETS} points elsewhere. A missing folder fails the tests.
 */
final class InterchangeDatasets {

    private InterchangeDatasets() {
    }

    static Path folder() {
        String configured = System.getenv("LODESTAR_INTERCHANGE_DATASETS");
        Path folder = Path.of(configured != null ? configured : "/work/shared/datasets/msproject_primavera");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The interchange datasets are missing: " + folder
                    + " (set LODESTAR_INTERCHANGE_DATASETS)");
        }
        return folder;
    }

    static Path file(String name) {
        return folder().resolve(name);
    }
}
