package vn.sachsong.server.procedure;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signing_key table: each agency's current key and its retired ones. */
@Repository
class SigningKeyStore {
    record Stored(String kid, String agency, byte[] sealed, String sealedWith) {
    }

    private final JdbcClient jdbc;

    SigningKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Fails unless the hub's stored secrets open with the box's key ({@link vn.sachsong.server.feed.SecretBox#requireOpensStored}). */
    void requireOpens(vn.sachsong.server.feed.SecretBox box) {
        box.requireOpensStored(jdbc);
    }

    /** Every private key, current or retired, sealed again under another key, rows locked; how many. */
    int reseal(vn.sachsong.server.feed.SecretBox from, vn.sachsong.server.feed.SecretBox to) {
        var sealed = jdbc.sql("""
                select kid, private_sealed, sealed_with from signing_key where private_sealed is not null order by kid for update""")
                .query((rs, n) -> new Stored(rs.getString(1), null, rs.getBytes(2), rs.getString(3))).list();
        for (var key : sealed) {
            var again = to.seal(from.open(key.sealed(), key.sealedWith()));
            jdbc.sql("update signing_key set private_sealed = ?, sealed_with = ? where kid = ?")
                    .params(again.bytes(), again.keyId(), key.kid()).update();
        }
        return sealed.size();
    }

    /** Retires the keys sealed with that key, their private halves dropped; their agencies, each once, in order. */
    List<String> forget(String lostKeyId) {
        return jdbc.sql("""
                update signing_key set private_sealed = null, sealed_with = null, retired_at = coalesce(retired_at, now())
                where sealed_with = ? returning agency""").param(lostKeyId)
                .query(String.class).list().stream().distinct().sorted().toList();
    }

    Optional<Stored> current(String agency) {
        return jdbc.sql("select kid, agency, private_sealed, sealed_with from signing_key where agency = ? and retired_at is null")
                .param(agency).query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4)))
                .optional();
    }

    /**
     * Makes the key the agency's current one, retiring the one it had, in one statement; with
     * {@code onlyIfNone}, adds it only when the agency has none (two first issues at once make one key).
     */
    boolean add(String kid, String agency, String publicJwk, byte[] sealed, String sealedWith, boolean onlyIfNone) {
        if (onlyIfNone) {
            return jdbc.sql("""
                    insert into signing_key (kid, agency, public_jwk, private_sealed, sealed_with) values (?, ?, ?, ?, ?)
                    on conflict (agency) where retired_at is null do nothing""")
                    .params(kid, agency, publicJwk, sealed, sealedWith).update() == 1;
        }
        jdbc.sql("""
                with retired as (update signing_key set retired_at = now() where agency = ? and retired_at is null returning 1)
                insert into signing_key (kid, agency, public_jwk, private_sealed, sealed_with)
                select ?, ?, ?, ?, ? from (select count(*) from retired) as r""")
                .params(agency, kid, agency, publicJwk, sealed, sealedWith).update();
        return true;
    }

    List<String> publicJwks() {
        return jdbc.sql("select public_jwk from signing_key order by agency, created_at").query(String.class).list();
    }
}
