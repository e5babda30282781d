-- A dataset's members are written by COPY, a million at a time, in the transaction that records
-- the run; per-row foreign-key checks (the dataset, the run) cost more than the COPY itself. The
-- service writes the run and its members together, so the keys hold without the checks (as
-- person_change.import_id does).
alter table dataset_member drop constraint if exists dataset_member_dataset_id_fkey;
alter table dataset_member drop constraint if exists dataset_member_run_id_fkey;
