-- Status owns health: the registry's hand-entered health becomes a copy of the reported health (the overall rating
-- of the latest published status report), which status writes when it publishes. Hand-entered values are dropped.
alter table project rename column health to reported_health;

update project set reported_health = (select l.overall from status_latest l where l.project = project.id);
