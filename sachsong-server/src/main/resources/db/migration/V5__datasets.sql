-- Living data (issue 11), first part: agencies get their level of government, and an agency's
-- datasets are kept by the hub with their members.

-- Existing agencies are ministries until an operator says otherwise.
alter table agency add column level varchar(8) not null default 'ministry'
    check (level in ('ministry', 'province'));

-- An agency's dataset: a file it sends again and again (its driving licences, its civil servants).
-- required: the cleaning's canonical fields every row must have; key_column: the title of the
-- column holding the agency's own record number (null: the row number is the key).
create table dataset (
    id          bigserial   primary key,
    agency      varchar(32) collate "C" not null references agency (code),
    name        varchar(64) collate "C" not null,
    title       text        not null,
    required    text[]      not null,
    key_column  text,
    created_at  timestamptz not null default now(),
    unique (agency, name)
);

-- A cleaning run may be a dataset's run.
alter table cleaning_run add column dataset_id bigint references dataset (id);
create index cleaning_run_dataset on cleaning_run (dataset_id, id);

-- What an agency holds about whom: per row key of the dataset's last run, the person it was linked
-- to (null: no one), the decision, and a digest of the row's cells (to know, next run, whether the
-- row changed). Replaced in one transaction by each run.
create table dataset_member (
    dataset_id  bigint      not null references dataset (id),
    row_key     text        not null,
    line        bigint      not null,
    pid         char(12) collate "C",
    status      varchar(9)  not null check (status in ('matched', 'review', 'unmatched', 'rejected')),
    cells_hash  bytea       not null,
    run_id      bigint      not null references cleaning_run (id),
    primary key (dataset_id, row_key)
);
create index dataset_member_pid on dataset_member (pid) where pid is not null;

-- A person's decision on a review row: holds across runs while the row's cells are unchanged.
-- pid null: "none of the candidates".
create table dataset_decision (
    dataset_id  bigint      not null references dataset (id),
    row_key     text        not null,
    pid         char(12) collate "C",
    cells_hash  bytea       not null,
    decided_by  text        not null,
    decided_at  timestamptz not null default now(),
    primary key (dataset_id, row_key)
);

