package org.lodestar.timesheets.web;

import java.util.ArrayList;
import java.util.List;

/** The weekly grid as posted: one row per task offered, seven days of hours as typed. */
public class TimesheetForm {

    private String weekStart;
    private Long version;
    private List<Row> lines = new ArrayList<>();

    public String getWeekStart() { return weekStart; }
    public void setWeekStart(String weekStart) { this.weekStart = weekStart; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public List<Row> getLines() { return lines; }
    public void setLines(List<Row> lines) { this.lines = lines; }

    /** One row of the grid. */
    public static class Row {
        private Long projectId;
        private Long taskId;
        private List<String> hours = new ArrayList<>();

        public Long getProjectId() { return projectId; }
        public void setProjectId(Long projectId) { this.projectId = projectId; }
        public Long getTaskId() { return taskId; }
        public void setTaskId(Long taskId) { this.taskId = taskId; }
        public List<String> getHours() { return hours; }
        public void setHours(List<String> hours) { this.hours = hours; }
    }
}
