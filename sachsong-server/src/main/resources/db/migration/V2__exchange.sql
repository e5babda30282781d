-- Agencies that call the exchange API, with their policy and the hash of their current key.
-- Only sha256(key) is kept: the key itself is shown once, when it is issued.
create table agency (
    code            varchar(32) collate "C" primary key,
    name            text        not null,
    fields          text[]      not null,   -- registry fields a lookup may return
    purposes        text[]      not null,   -- purposes the agency may state
    rate_per_second integer     not null check (rate_per_second > 0),
    operator        boolean     not null default false,   -- may read the audit endpoints
    key_hash        bytea       not null unique,
    key_hint        varchar(16) not null,   -- first characters of the key, to tell keys apart
    created_at      timestamptz not null default now(),
    key_issued_at   timestamptz not null default now(),
    revoked_at      timestamptz
);

-- The audit log: append-only and hash-chained. hash = sha256(previous hash || canonical entry),
-- the first entry chaining from 32 zero bytes. seq has no gaps, so a deleted row shows.
create table audit_entry (
    seq         bigint      primary key,
    at          timestamptz not null,
    request_id  text        not null,
    agency      text,                     -- null when the caller gave no valid key
    endpoint    text        not null,
    purpose     text,
    case_ref    text,
    pid         text,                     -- as given, so refused malformed IDs are on record too
    fields      text        not null,     -- comma-separated; empty for a verification
    outcome     text        not null,     -- "allowed" or the refusal's error code
    status      integer     not null,
    hash        bytea       not null
);
create index audit_entry_pid on audit_entry (pid);

-- The head of the chain, updated in the same transaction as each append: deleting the last
-- entries (truncating the tail) leaves the head pointing past the end, and verification says so.
create table audit_head (
    id    boolean primary key default true check (id),
    seq   bigint  not null,
    hash  bytea   not null
);
insert into audit_head (seq, hash) values (0, decode(repeat('00', 32), 'hex'));

-- The application never changes or removes an entry; this makes an accidental or casual change
-- fail. A superuser can still bypass triggers, which is what the hash chain is there to reveal.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
