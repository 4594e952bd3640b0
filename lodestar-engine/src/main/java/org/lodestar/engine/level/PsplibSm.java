package org.lodestar.engine.level;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the single-mode format of PSPLIB (Kolisch and Sprecher 1996, {@code .sm} files): jobs numbered from 1 with
 * their successors, one mode with a duration and a demand per renewable resource, and the resources' availabilities.
 * Job k becomes activity k - 1, named by its number; the dummy source and sink are kept (duration 0).
 */
public final class PsplibSm {

    private PsplibSm() {
    }

    /**
     * @param text the content of a {@code .sm} file
     * @throws IllegalArgumentException when a section is missing or malformed
     */
    public static RcpspProblem parse(String text) {
        List<String> lines = text.lines().map(String::strip).toList();
        int renewable = -1;
        int precedences = -1;
        int requests = -1;
        int availabilities = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("- renewable")) {
                renewable = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip().split("\\s+")[0]);
            } else if (line.startsWith("PRECEDENCE RELATIONS")) {
                precedences = i + 2;
            } else if (line.startsWith("REQUESTS/DURATIONS")) {
                requests = i + 3;
            } else if (line.startsWith("RESOURCEAVAILABILITIES")) {
                availabilities = i + 2;
            }
        }
        if (renewable < 0 || precedences < 0 || requests < 0 || availabilities < 0) {
            throw new IllegalArgumentException("Not a PSPLIB single-mode file: a section is missing");
        }
        RcpspProblem.Builder builder = RcpspProblem.builder();
        String[] capacities = lines.get(availabilities).split("\\s+");
        for (int r = 0; r < renewable; r++) {
            builder.resource("R" + (r + 1), Integer.parseInt(capacities[r]));
        }
        List<int[]> successorRows = new ArrayList<>();
        for (int i = precedences; !lines.get(i).startsWith("*"); i++) {
            successorRows.add(numbers(lines.get(i)));
        }
        int jobs = 0;
        for (int i = requests; !lines.get(i).startsWith("*"); i++) {
            int[] row = numbers(lines.get(i));
            int job = builder.activity(Integer.toString(row[0]), row[2]);
            for (int r = 0; r < renewable; r++) {
                builder.demand(job, r, row[3 + r]);
            }
            jobs++;
        }
        if (jobs != successorRows.size()) {
            throw new IllegalArgumentException("The file lists " + successorRows.size() + " jobs' successors but "
                    + jobs + " jobs' durations");
        }
        for (int[] row : successorRows) {
            for (int k = 0; k < row[2]; k++) {
                builder.precedence(row[0] - 1, row[3 + k] - 1);
            }
        }
        return builder.build();
    }

    private static int[] numbers(String line) {
        String[] cells = line.strip().split("\\s+");
        int[] numbers = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            numbers[i] = Integer.parseInt(cells[i]);
        }
        return numbers;
    }
}
