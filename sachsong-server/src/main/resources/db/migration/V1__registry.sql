-- The population registry: one row per person, keyed by the 12-digit personal ID.
create table person (
    pid                 char(12)    primary key,
    old_id              varchar(9),
    full_name           text        not null,
    birth_date          varchar(10) not null,   -- YYYY-MM-DD, YYYY-MM or YYYY
    sex                 char(1)     not null check (sex in ('M', 'F')),
    birth_province_code char(3)     not null,
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

-- Every change to a person: the change feed and the liveness ("sống") measures read it.
-- kind: insert | update | death. For an insert old_values is null and new_values holds the record.
create table person_change (
    id             bigserial   primary key,
    pid            char(12)    not null,
    kind           varchar(8)  not null check (kind in ('insert', 'update', 'death')),
    changed_fields text[]      not null,
    old_values     jsonb,
    new_values     jsonb       not null,
    changed_by     text        not null,
    import_id      bigint      references registry_import (id),
    changed_at     timestamptz not null default now()
);
create index person_change_pid on person_change (pid);
create index person_change_at on person_change (changed_at);
