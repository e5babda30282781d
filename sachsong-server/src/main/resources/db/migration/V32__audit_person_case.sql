-- The audit's index on the person gains the case: a dossier's reuse of registry data is found by the
-- person and the case a verification or lookup named (AuditReader.registryRead), and by the person
-- alone every entry of theirs had to be read: every dossier, result and read about them, hundreds
-- for a busy applicant, per dossier posted. Reads by person alone use the same index.
create index audit_entry_pid_case on audit_entry (pid, case_ref);
drop index audit_entry_pid;
