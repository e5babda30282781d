-- A result-signing key whose private half was sealed under a secret key the hub lost
-- (`secret-key forget-lost`): retired, its public half still published so its results verify, and
-- nothing sealed left to open (no private key, no sealing key).
alter table signing_key alter column private_sealed drop not null, alter column sealed_with drop not null;
alter table signing_key add constraint signing_key_lost_retired check (
    (private_sealed is null) = (sealed_with is null) and (private_sealed is not null or retired_at is not null));
