-- The review rows of a dataset's last run, for the console's review page: per row key, what the row
-- says and its best candidates with each field's comparison level and weight (the explanation),
-- most uncertain first. Replaced with the members by each run, in its transaction.
create table dataset_review (
    dataset_id  bigint      not null,
    row_key     text        collate "C" not null,
    line        bigint      not null,
    score       numeric(5, 4) not null,
    reason      text        not null,
    row_cells   jsonb       not null,
    candidates  jsonb       not null,
    primary key (dataset_id, row_key)
);
create index dataset_review_uncertain on dataset_review (dataset_id, abs(score - 0.5), row_key);
