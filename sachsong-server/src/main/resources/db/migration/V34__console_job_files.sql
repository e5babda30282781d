-- When the large files of a console job (the upload and the cleaned file) were removed after the
-- days sachsong.console.job-files-days keeps them; null while they are kept.
alter table console_job add column files_removed_at timestamptz;
