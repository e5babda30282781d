-- The console (issue 13): its accounts, its cleaning jobs, and who read what through it.

-- A person who signs in to the console. role: operator | analyst | agency:CODE. Only the password's
-- Argon2id hash is kept (with its parameters, in the PHC string); disabled accounts cannot sign in.
create table console_user (
    name                varchar(64) collate "C" primary key,
    role                varchar(48) not null check (role in ('operator', 'analyst') or role like 'agency:%'),
    password_hash       text        not null,
    created_at          timestamptz not null default now(),
    password_changed_at timestamptz not null default now(),
    disabled_at         timestamptz
);

-- A file uploaded to be cleaned into a dataset; one runs at a time, in order. A job found running
-- when the server starts was cut by a stop: it is marked interrupted, never done.
create table console_job (
    id            bigserial   primary key,
    dataset_id    bigint      not null references dataset (id),
    file_name     text        not null,
    upload_path   text        not null,
    size_bytes    bigint      not null,
    submitted_by  varchar(64) not null,
    submitted_at  timestamptz not null default now(),
    state         varchar(12) not null default 'queued'
                  check (state in ('queued', 'running', 'done', 'failed', 'interrupted')),
    started_at    timestamptz,
    finished_at   timestamptz,
    rows_done     bigint      not null default 0,
    rows_expected bigint      not null default -1,
    run_id        bigint      references cleaning_run (id),
    output_path   text,
    report_path   text,
    message       text
);
create index console_job_dataset on console_job (dataset_id, id);

-- A console page or action that showed or changed personal data is written to the audit chain with
-- the name of the person signed in. Entries of the API have none; their hashes are unchanged.
alter table audit_entry add column actor text;

-- The dashboard reads the last weeks of the audit log by time; the log is appended in time order,
-- so a block range index costs the writer next to nothing.
create index audit_entry_at on audit_entry using brin (at);
