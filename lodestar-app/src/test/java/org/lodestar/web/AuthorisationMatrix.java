package org.lodestar.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected answers of {@code authorisation-matrix.txt}: one row per endpoint (method and path template), one
 * column per role, columns separated by spaces. A cell is one expectation for both the own and the foreign fixture,
 * or {@code own/foreign}.
 * Expectations: {@code allow} (anything but 401, 403, a redirect to sign-in or a 5xx), {@code deny} (403),
 * {@code 404} (the record does not exist for the reader), {@code 401} (no credentials) and {@code login} (a
 * redirect to the sign-in page).
 */
final class AuthorisationMatrix {

    /** The columns after method and path, in order; {@code anonymous} is a call without credentials. */
    static final List<String> ROLES = List.of("anonymous", "admin", "pmo", "portfolio", "pm", "resource", "exec",
            "member", "requester");

    static final List<String> EXPECTATIONS = List.of("allow", "deny", "404", "401", "login");

    /** An endpoint as the application serves it: an HTTP method and a path template. */
    record Endpoint(String method, String path) implements Comparable<Endpoint> {

        boolean isApi() {
            return path.startsWith("/api/");
        }

        boolean reads() {
            return method.equals("GET");
        }

        /** Reads first, then writes, deletes last, so that no call removes what a later one needs. */
        int phase() {
            return switch (method) {
                case "GET" -> 0;
                case "DELETE" -> 2;
                default -> 1;
            };
        }

        @Override
        public int compareTo(Endpoint other) {
            int byPhase = Integer.compare(phase(), other.phase());
            if (byPhase != 0) return byPhase;
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.compareTo(other.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** What a role may expect of an endpoint on the own and on the foreign fixture (the same where there is one). */
    record Cell(String own, String foreign) {

        String expected(Context context) {
            return context == Context.FOREIGN ? foreign : own;
        }

        boolean distinguishes() {
            return !own.equals(foreign);
        }
    }

    /** Whose records the path variables name: the roles' own, someone else's, or records without an owner. */
    enum Context {
        OWN, FOREIGN, NONE;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Map<Endpoint, Map<String, Cell>> rows;
    private final List<String> problems;

    private AuthorisationMatrix(Map<Endpoint, Map<String, Cell>> rows, List<String> problems) {
        this.rows = rows;
        this.problems = problems;
    }

    static AuthorisationMatrix read(String resource) {
        try (InputStream in = AuthorisationMatrix.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("no " + resource + " on the test class path");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AuthorisationMatrix parse(String text) {
        Map<Endpoint, Map<String, Cell>> rows = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("method ")) continue;
            String[] columns = line.split("\\s+");
            if (columns.length != 2 + ROLES.size()) {
                problems.add("line " + number + ": expected method, path and " + ROLES.size() + " roles: " + line);
                continue;
            }
            Endpoint endpoint = new Endpoint(columns[0], columns[1]);
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (int role = 0; role < ROLES.size(); role++) {
                String[] parts = columns[2 + role].split("/", -1);
                Cell cell = parts.length == 2 ? new Cell(parts[0], parts[1]) : new Cell(parts[0], parts[0]);
                if (parts.length > 2 || !EXPECTATIONS.contains(cell.own()) || !EXPECTATIONS.contains(cell.foreign())) {
                    problems.add("line " + number + ", " + ROLES.get(role) + ": '" + columns[2 + role]
                            + "' is not one of " + EXPECTATIONS + " or own/foreign");
                }
                cells.put(ROLES.get(role), cell);
            }
            if (rows.put(endpoint, cells) != null) problems.add("line " + number + ": " + endpoint + " twice");
        }
        return new AuthorisationMatrix(rows, problems);
    }

    /** Lines of the table that cannot be read. */
    List<String> problems() {
        return problems;
    }

    java.util.Set<Endpoint> endpoints() {
        return rows.keySet();
    }

    Cell cell(Endpoint endpoint, String role) {
        Map<String, Cell> row = rows.get(endpoint);
        return row == null ? null : row.get(role);
    }

    /** A row as the table writes it: method, path and the cells, in aligned columns. */
    static String row(String method, String path, List<String> cells) {
        StringBuilder row = new StringBuilder("%-7s%-63s".formatted(method, path));
        for (int i = 0; i < cells.size(); i++) {
            row.append(i == cells.size() - 1 ? cells.get(i) : "%-11s".formatted(cells.get(i)));
        }
        return row.toString();
    }

    /** The expectation an answer meets, or {@code error} for a 5xx (never expected). */
    static String outcome(int status, String location) {
        if (status >= 500) return "error";
        if (status == 401) return "401";
        if (status == 403) return "deny";
        if (status == 404) return "404";
        if (status / 100 == 3 && location != null && location.matches(".*/login([?#].*)?")) return "login";
        return "allow";
    }
}
