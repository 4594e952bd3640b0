-- Task notes (issue 13): the free text Microsoft Project and P6 keep per task, typed on the plan page or imported
-- from a file. Plain text, lines kept; 20,000 characters at most (a longer note in a file is cut, and the import says so).
alter table plan_task add column notes varchar(20000);
