-- The model a cleaning run applied (linkage.ModelBytes: m, u, thresholds), so that a dataset's next
-- run can apply it again when its file is mostly the rows this run had (cleaning.CleaningRun.KEEP_MODEL).
alter table cleaning_run add column model bytea;
