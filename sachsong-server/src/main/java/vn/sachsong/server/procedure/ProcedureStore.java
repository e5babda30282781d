package vn.sachsong.server.procedure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.sachsong.server.exchange.AgencyLevel;

/** The procedure table. */
@Repository
class ProcedureStore {
    private final JdbcClient jdbc;

    ProcedureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Procedure> list() {
        return jdbc.sql("select code, name, level, agency, evidence_types, result_type from procedure order by code")
                .query(ProcedureStore::procedure).list();
    }

    /**
     * Adds the procedures, and with {@code replace} updates those already there; returns how many
     * rows were added and how many changed, in one statement.
     */
    int[] upsert(Collection<Procedure> procedures, boolean replace) {
        var p = procedures.stream().toList();
        var sql = """
                with input as (
                    select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                        as t(code, name, level, agency, types, result_type)),
                upserted as (
                    insert into procedure (code, name, level, agency, evidence_types, result_type)
                    select code, name, level, agency, string_to_array(types, ';'), result_type from input
                    on conflict (code) do %s
                    returning (xmax = 0) as added)
                select count(*) filter (where added), count(*) filter (where not added) from upserted""".formatted(replace ? """
                        update set name = excluded.name, level = excluded.level, agency = excluded.agency,
                            evidence_types = excluded.evidence_types, result_type = excluded.result_type, updated_at = now()
                        where (procedure.name, procedure.level, procedure.agency, procedure.evidence_types, procedure.result_type)
                            is distinct from (excluded.name, excluded.level, excluded.agency, excluded.evidence_types,
                                excluded.result_type)""" : "nothing");
        return jdbc.sql(sql)
                .param(p.stream().map(Procedure::code).toArray(String[]::new))
                .param(p.stream().map(Procedure::name).toArray(String[]::new))
                .param(p.stream().map(x -> x.level().code()).toArray(String[]::new))
                .param(p.stream().map(Procedure::agency).toArray(String[]::new))
                .param(p.stream().map(x -> String.join(";", x.evidenceTypes())).toArray(String[]::new))
                .param(p.stream().map(Procedure::resultType).toArray(String[]::new))
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    private static Procedure procedure(ResultSet rs, int row) throws SQLException {
        return new Procedure(rs.getString("code"), rs.getString("name"), AgencyLevel.of(rs.getString("level")).orElseThrow(),
                rs.getString("agency"), Arrays.asList((String[]) rs.getArray("evidence_types").getArray()),
                rs.getString("result_type"));
    }
}
