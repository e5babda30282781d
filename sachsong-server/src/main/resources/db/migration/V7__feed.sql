-- The change feed (issue 11): each registry change becomes an event for every agency that holds
-- the person (a member of one of its datasets), numbered per agency after the change commits.

-- Written in the import's transaction: one row per agency and change, not yet numbered.
create table feed_pending (
    agency      varchar(32) collate "C" not null,
    change_id   bigint      not null,
    pid         char(12) collate "C" not null,
    type        varchar(16) not null,
    fields      text[]      not null,
    changed_at  timestamptz not null
);

-- Per agency: the last number handed out, and how far the agency has acknowledged (by a pull's
-- `after` or a webhook's 2xx).
create table feed_cursor (
    agency      varchar(32) collate "C" primary key references agency (code),
    last_seq    bigint      not null default 0,
    acked_seq   bigint      not null default 0 check (acked_seq <= last_seq),
    acked_at    timestamptz
);

-- The numbered events. The sequencer (one at a time, under an advisory lock) moves committed
-- pending rows here, so a number is handed out only to a change already committed: a reader that
-- resumes after the highest number it saw cannot miss a change that committed late.
-- published_at: when it was numbered, at most a poll interval after the change committed.
create table feed_event (
    agency       varchar(32) collate "C" not null,
    seq          bigint      not null,
    change_id    bigint      not null,
    pid          char(12) collate "C" not null,
    type         varchar(16) not null,
    fields       text[]      not null,
    changed_at   timestamptz not null,
    published_at timestamptz not null default now(),
    primary key (agency, seq)
);
create index feed_event_pid on feed_event (agency, pid, seq);

-- Each acknowledgement: how far, when, how. The lag of an event is the time from its publication
-- to the first acknowledgement that covers it.
create table feed_ack (
    agency    varchar(32) collate "C" not null,
    upto_seq  bigint      not null,
    acked_at  timestamptz not null default now(),
    via       varchar(4)  not null check (via in ('pull', 'push')),
    primary key (agency, upto_seq)
);

-- A webhook subscription per agency. secret: the signing secret encrypted (AES-256-GCM) with the
-- hub's secret key, which is not in the database; secret_key_id names that key. batch_*: the batch
-- being delivered, written before its first attempt, so a redelivery after a crash carries the
-- same webhook-id and events. replay_*: events asked for again (feed replay), delivered before new ones.
create table feed_subscription (
    agency          varchar(32) collate "C" primary key references agency (code),
    url             text        not null,
    secret          bytea       not null,
    secret_key_id   varchar(16) not null,
    state           varchar(8)  not null default 'active' check (state in ('active', 'failing', 'disabled')),
    created_at      timestamptz not null default now(),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    failing_since   timestamptz,
    last_status     integer,
    last_error      text,
    delivered_at    timestamptz,
    batch_id        text,
    batch_from      bigint,
    batch_to        bigint,
    replay_from     bigint,
    replay_to       bigint
);
