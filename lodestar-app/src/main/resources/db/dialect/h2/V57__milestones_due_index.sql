-- The dashboard's milestones due in the next 30 days (issue 10): see db/dialect/postgresql/V57. H2 has no index on
-- an expression or with a condition, so only the latest reports are indexed here.
create index status_latest_report on status_latest (report);
