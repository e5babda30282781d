-- Nothing reads events by person (the stale count reads them by sequence range, then joins the
-- members by pid); the index only cost the sequencer a second insert per event.
drop index if exists feed_event_pid;
