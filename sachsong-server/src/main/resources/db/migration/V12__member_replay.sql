-- A linked member keeps what its run derived from the row's cells (corrections, the name's form,
-- which fields it held and how they compared: cleaning.Replay), and a run records the stamp of
-- the code that ran it. A later run by the same code writes an unchanged row from these alone,
-- without parsing it again.
alter table dataset_member add column outcome bytea;
alter table cleaning_run add column code text;
