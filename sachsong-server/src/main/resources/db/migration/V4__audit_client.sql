-- Who sent the request (the client's address), and how many refusals one entry stands for.
-- A flood of refusals that name no person (unknown keys, paths that are not the API's) is kept
-- as the first refusal of each kind from each client, then one entry per interval with the count
-- of the rest, so the log stays useful and bounded. Entries written before this column existed
-- have no client and stand for one request; their hashes are unchanged.
alter table audit_entry add column client text;
alter table audit_entry add column repeats integer not null default 1 check (repeats >= 1);
