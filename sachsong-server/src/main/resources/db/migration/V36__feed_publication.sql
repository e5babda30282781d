-- Each sequencer run's numbering per agency: the events first_seq..last_seq, published at one
-- moment (the run's transaction). An event's lag is the time from its publication to the first
-- acknowledgement covering it; read by publication and acknowledgement, the lag of a day's
-- hundreds of thousands of events costs a few rows instead of a lookup per event.
create table feed_publication (
    agency       varchar(32) collate "C" not null,
    first_seq    bigint      not null,
    last_seq     bigint      not null check (last_seq >= first_seq),
    published_at timestamptz not null,
    primary key (agency, first_seq)
);
create index feed_publication_published on feed_publication (agency, published_at);

insert into feed_publication (agency, first_seq, last_seq, published_at)
select agency, min(seq), max(seq), published_at from feed_event group by agency, published_at;
