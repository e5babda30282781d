-- Incremental re-cleaning (issue 11). A member keeps the score it was linked with, as the output
-- wrote it, so a row that keeps its link in a later run is written as it was.
alter table dataset_member add column score numeric(5, 4);

-- Which registry a run read (the snapshot of its index's read) and how many of its rows kept an
-- earlier run's link. An import's transaction id tells whether that read saw it: a later run links
-- again exactly the people of the imports the earlier read did not see.
alter table cleaning_run add column registry_snapshot pg_snapshot, add column reused bigint not null default 0;
alter table registry_import add column xid xid8 default pg_current_xact_id();

-- Those imports' changes are read by time; the table is appended in time order, so a block range
-- index is enough and costs an import next to nothing.
create index person_change_changed_at on person_change using brin (changed_at);
