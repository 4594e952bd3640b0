-- The preferred-language check of V9, as "= any (array[...])" instead of an IN list (issue 10, backup and restore).
-- H2 2.4 compiles a check with an IN list of constants into a set ordered by the session that created the constraint;
-- once that connection is closed (Flyway's, when the pool retires it or when a command migrated the database with a
-- connection of its own), every non-null language fails the check with "Check constraint invalid" (cause: "The
-- database has been closed") until the database is reopened. "= any (array[...])" compares with the session of the
-- statement being checked; PostgreSQL takes both forms alike. The allowed values are unchanged.
alter table app_user drop constraint app_user_preferred_language;
alter table app_user add constraint app_user_preferred_language
    check (preferred_locale = any (array['en', 'fr', 'ja', 'ko']));
