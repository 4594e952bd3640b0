-- The dashboard lists the newest late reports that no later revision replaced: with both flags leading the index,
-- PostgreSQL reads the first 50 from the index's end instead of visiting every late report of the period.
drop index status_report_late;
create index status_report_late on status_report (late, superseded, period_end, id);
