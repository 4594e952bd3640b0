-- The dashboard's milestones due in the next 30 days (issue 10): the open milestones of the projects' latest
-- reports, soonest first, 200 at most. Without these indexes PostgreSQL read every report's milestones and every
-- latest status to sort them (133 ms at 100,000 projects, and more as reports carry their milestones forward); with
-- them it walks the open milestones in date order and looks each report up among the latest (24 ms).
create index status_report_milestone_open_by_date on status_report_milestone ((coalesce(forecast, due))) where done = false;
create index status_latest_report on status_latest (report);
