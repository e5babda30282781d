-- One row per cleaning run: the campaign's progress ("X of Y rows cleaned") is read from here.
create table cleaning_run (
    id          bigserial   primary key,
    file_name   text        not null,
    finished_at timestamptz not null default now(),
    rows_read   bigint      not null,
    matched     bigint      not null,
    review      bigint      not null,
    unmatched   bigint      not null,
    rejected    bigint      not null,
    deceased    bigint      not null,
    duplicates  bigint      not null,
    millis      bigint      not null,
    output_path text        not null,
    report_path text        not null
);
