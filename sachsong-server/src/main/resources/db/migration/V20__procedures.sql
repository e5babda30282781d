-- Administrative procedures (issue 12): the catalogue, the dossiers agencies receive, the results
-- they issue (signed with the issuing agency's own key), and the three rates kept per month and
-- agency as the dossiers and results arrive. Agency codes are the exchange's; no foreign key to
-- its table, which is the exchange's to change. Dossiers and results have no foreign keys either:
-- a log of ten million rows would pay a trigger per row for what the merge's set-based checks
-- already ensure (a known procedure; a result's dossier stored in the same transaction).

-- The catalogue: procedures with the level that handles them, the ministry responsible for them,
-- the document types they accept as evidence, and the type of document their result is.
create table procedure (
    code            varchar(32) collate "C" primary key,
    name            text        not null,
    level           text        not null check (level in ('ministry', 'province')),
    agency          varchar(32) collate "C" not null,
    evidence_types  text[]      not null,
    result_type     text        not null,
    updated_at      timestamptz not null default now()
);

-- A dossier (hồ sơ) as received. fingerprint is a digest of what identifies its content (procedure,
-- agency, applicant, received_at, channel, digitised, evidence): the same code with another
-- fingerprint is a conflict, with the same one nothing to do.
create table dossier (
    code            varchar(64) collate "C" primary key,
    procedure_code  varchar(32) collate "C" not null,
    agency          varchar(32) collate "C" not null,
    applicant_pid   char(12)    not null,
    received_at     timestamptz not null,
    received_month  date        not null,   -- the month in Vietnam's time (UTC+7) it counts in
    channel         text        not null check (channel in ('online', 'counter', 'post')),
    digitised       boolean     not null,
    reused          boolean     not null,   -- cited a result, or reused registry data (declared or found)
    reused_data     boolean     not null,
    evidence        text[]      not null default '{}',
    documents       jsonb,                  -- as posted over the API; null for a log's row
    case_ref        text,
    fingerprint     bytea       not null,
    source          text        not null check (source in ('api', 'import')),
    results_issued  integer     not null default 0,   -- the highest KQ number given
    recorded_at     timestamptz not null default now()
);
-- No index on the applicant: nothing reads dossiers by person (evidence is read from results).

-- A result (kết quả) of a dossier, numbered <dossier code>-KQ<n> (Decree 45/2020). jws is the
-- signed document for results the hub issued; null for results recorded from an agency's log.
create table dossier_result (
    code            varchar(80) collate "C" primary key,
    dossier_code    varchar(64) collate "C" not null,
    number          integer     not null check (number >= 1),
    agency          varchar(32) collate "C" not null,
    applicant_pid   char(12)    not null,
    procedure_code  varchar(32) collate "C" not null,
    result_type     text        not null,
    issued_at       timestamptz not null,
    issued_month    date        not null,
    electronic      boolean     not null,
    jws             text,
    kid             text,
    revoked_at      timestamptz,
    revoked_reason  text            -- the code is <dossier_code>-KQ<number>, so it is unique per dossier and number
);
create index dossier_result_applicant on dossier_result (applicant_pid);

-- Agencies' result-signing keys: the private key sealed (AES-GCM) under the hub's secret key, which
-- is not in the database; sealed_with names that key. An agency's current key has no retired_at;
-- retired keys stay, so that their public halves stay published and old results verify.
create table signing_key (
    kid             text        primary key,
    agency          varchar(32) collate "C" not null,
    public_jwk      text        not null,
    private_sealed  bytea       not null,
    sealed_with     text        not null,
    created_at      timestamptz not null default now(),
    retired_at      timestamptz
);
create unique index signing_key_current on signing_key (agency) where retired_at is null;

-- The three rates' numerators and denominators per month and agency, changed in the transaction
-- that stores each dossier or result: the rates are read from here, never by scanning dossiers.
create table procedure_month (
    month               date        not null,
    agency              varchar(32) collate "C" not null,
    dossiers            bigint      not null default 0,
    digitised           bigint      not null default 0,
    reused              bigint      not null default 0,
    results             bigint      not null default 0,
    electronic_results  bigint      not null default 0,
    primary key (month, agency)
);
