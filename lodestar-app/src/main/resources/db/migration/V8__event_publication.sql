-- Spring Modulith's event publication registry (the JDBC schema of spring-modulith-events-jdbc 2.0.3, version 2),
-- written once for H2 2.x and PostgreSQL 15+. A row is a domain event as one listener must still hear it; it is
-- written in the transaction that published the event and deleted when the listener completed
-- (spring.modulith.events.completion-mode=delete), so the table holds only what is outstanding or failed.
-- Modulith's own schema initialisation is off: this migration is the schema.
create table event_publication (
    id                      uuid          not null primary key,
    listener_id             varchar(512)  not null,
    event_type              varchar(512)  not null,
    serialized_event        varchar(4000) not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     int,
    last_resubmission_date  timestamp with time zone
);

-- the registry finds a publication by listener and event when no id is at hand; Modulith's PostgreSQL schema
-- hashes the event, which H2 cannot, so the portable index stops at the listener
create index event_publication_by_listener on event_publication (listener_id, publication_date);
create index event_publication_by_completion_date on event_publication (completion_date);
