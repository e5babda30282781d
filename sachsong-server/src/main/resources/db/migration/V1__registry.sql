-- The population registry: one row per person, keyed by the 12-digit personal ID.
-- Codes use the "C" collation: they are compared byte by byte, which is what they mean and
-- several times faster than a linguistic collation in the B-trees a bulk import fills.
create table person (
    pid                 char(12) collate "C"   primary key,
    old_id              varchar(9) collate "C",
    full_name           text        not null,
    birth_date          varchar(10) not null,   -- YYYY-MM-DD, YYYY-MM or YYYY
    sex                 char(1)     not null check (sex in ('M', 'F')),
    birth_province_code char(3) collate "C" not null,
    address             text,
    status              varchar(8)  not null check (status in ('alive', 'deceased')),
    died_on             varchar(10),
    updated_at          timestamptz not null default now()
);

-- One row per import run, for the status page and the change history.
create table registry_import (
    id          bigserial   primary key,
    file_name   text        not null,
    operator    text        not null,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    rows_read   integer     not null default 0,
    inserted    integer     not null default 0,
    updated     integer     not null default 0,
    unchanged   integer     not null default 0,
    rejected    integer     not null default 0
);

-- Every change to a person: the change feed (ordered by id) and the liveness ("sống") measures
-- read it. kind: insert | update | death. For an insert old_values is null and new_values holds
-- the record. import_id names the registry_import it came from (no foreign key: a per-row
-- constraint check would double the cost of a bulk import, and the importer writes both rows
-- in one transaction). Values are json (kept as text), not jsonb: a first import writes a million
-- of them and they are read rarely.
create table person_change (
    id             bigint      generated always as identity (cache 1000) primary key,
    pid            char(12) collate "C" not null,
    kind           varchar(8)  not null check (kind in ('insert', 'update', 'death')),
    changed_fields text[]      not null,
    old_values     json,
    new_values     json        not null,
    changed_by     text        not null,
    import_id      bigint,
    changed_at     timestamptz not null default now()
);
create index person_change_pid on person_change (pid);
