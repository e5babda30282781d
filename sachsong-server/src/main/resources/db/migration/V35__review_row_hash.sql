-- A review row's content hash (SHA-256 of what the run wrote for it): a re-clean rewrites only the
-- review rows whose content changed, as it does members. Rows stored before have none and are rewritten.
alter table dataset_review add column content_hash bytea;
