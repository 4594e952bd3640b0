package org.lodestar.interchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Primavera XER file changed as Primavera would write it: the first activity of its TASK table renamed, every other
 * byte as it was (XER is tab-separated text; ISO-8859-1 keeps each byte).
 */
record XerEdit(byte[] file, long taskId, String oldName) {

    static XerEdit renameFirstActivity(byte[] xer, String newName) {
        List<String> lines = new ArrayList<>(List.of(new String(xer, StandardCharsets.ISO_8859_1).split("\r?\n", -1)));
        List<String> fields = List.of();
        boolean inTasks = false;
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells[0].equals("%T")) {
                inTasks = cells[1].equals("TASK");
            } else if (inTasks && cells[0].equals("%F")) {
                fields = List.of(cells);
            } else if (inTasks && cells[0].equals("%R")) {
                long taskId = Long.parseLong(cells[fields.indexOf("task_id")]);
                String oldName = cells[fields.indexOf("task_name")];
                cells[fields.indexOf("task_name")] = newName;
                lines.set(i, String.join("\t", cells));
                return new XerEdit(String.join("\r\n", lines).getBytes(StandardCharsets.ISO_8859_1), taskId, oldName);
            }
        }
        throw new IllegalArgumentException("no activity in the file's TASK table");
    }
}
