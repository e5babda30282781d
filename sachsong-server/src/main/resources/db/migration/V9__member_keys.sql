-- A dataset's members live in a partition of their own (one per dataset), so that a run replaces
-- them by TRUNCATE and COPY inside its transaction: no million dead rows left behind each run, and
-- with wal_level=minimal the new rows and their indexes are written without WAL and synced at
-- commit. Row keys are compared byte by byte (record and line numbers, not words to sort for
-- people): the "C" collation.
alter table dataset_member rename to dataset_member_old;
alter table dataset_member_old rename constraint dataset_member_pkey to dataset_member_old_pkey;
alter index dataset_member_pid rename to dataset_member_old_pid;

create table dataset_member (
    dataset_id  bigint      not null,
    row_key     text        collate "C" not null,
    line        bigint      not null,
    pid         char(12) collate "C",
    status      varchar(9)  not null check (status in ('matched', 'review', 'unmatched', 'rejected')),
    cells_hash  bytea       not null,
    run_id      bigint      not null,
    primary key (dataset_id, row_key)
) partition by list (dataset_id);
create index dataset_member_pid on dataset_member (pid) where pid is not null;

do $$
declare d record;
begin
    for d in select id from dataset loop
        execute format('create table dataset_member_%s partition of dataset_member for values in (%s)', d.id, d.id);
    end loop;
end $$;
insert into dataset_member select * from dataset_member_old;
drop table dataset_member_old;

alter table dataset_decision alter column row_key type text collate "C";
