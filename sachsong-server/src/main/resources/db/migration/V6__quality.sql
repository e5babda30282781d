-- The four scores of a dataset, each time they are computed (at the end of each run; later also
-- when the registry changes under it), kept for sachsong.quality.history-days. Scores are 0-100;
-- live and stale are null until the change feed measures them. parts: each score's numerators and
-- denominators, per field.
create table quality_score (
    id           bigserial   primary key,
    dataset_id   bigint      not null references dataset (id),
    run_id       bigint      references cleaning_run (id),
    computed_at  timestamptz not null default now(),
    rows_read    bigint      not null,
    members      bigint      not null,
    complete     numeric(4, 1),
    correct      numeric(4, 1),
    clean        numeric(4, 1),
    live         numeric(4, 1),
    stale        bigint,
    parts        jsonb       not null
);
create index quality_score_dataset on quality_score (dataset_id, computed_at);

-- For each failed rule of a score, the first rows that failed it (rule: e.g. complete.birth_date).
create table quality_failure (
    score_id  bigint not null references quality_score (id) on delete cascade,
    rule      text   not null,
    line      bigint not null
);
create index quality_failure_score on quality_failure (score_id, rule);
