package org.lodestar.engine.level;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The public PSPLIB instances in shared/datasets/psplib, looked up from the working directory upwards. */
final class Psplib {

    private Psplib() {
    }

    /** The psplib folder, or null when no parent of the working directory has shared/datasets/psplib. */
    static Path folder() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/datasets/psplib");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static RcpspProblem read(String set, String instance) {
        try {
            return PsplibSm.parse(Files.readString(folder().resolve(set).resolve(instance + ".sm")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Proven optimal makespans of j30 by instance name (j30opt.sm: parameter, instance, makespan). */
    static Map<String, Integer> j30Optima() {
        try {
            List<String> lines = Files.readAllLines(folder().resolve("expected/j30opt.sm"));
            Map<String, Integer> optima = new HashMap<>();
            for (String line : lines) {
                String[] cells = line.strip().split("\\s+");
                if (cells.length >= 3 && cells[0].matches("\\d+") && cells[1].matches("\\d+")) {
                    optima.put("j30" + cells[0] + "_" + cells[1], Integer.parseInt(cells[2]));
                }
            }
            return optima;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
