package vn.sachsong.server.cleaning;

import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import vn.sachsong.linkage.PersonIndex;
import vn.sachsong.linkage.RegistryCsv;
import vn.sachsong.linkage.RegistryPerson;
import vn.sachsong.refdata.Sex;

/** Streams the person table into the linker's in-memory index (a cursor, not the whole result). */
@Component
class RegistryIndexLoader {
    private final DataSource dataSource;

    RegistryIndexLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The index; null when {@code stop} turned true meanwhile (the run it was for has failed): the
     * read ends between two fetches and its connection goes back to the pool in order, so a bad
     * input file ends the command with its one line and nothing else.
     */
    PersonIndex load(BooleanSupplier stop) {
        var builder = PersonIndex.builder();
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.prepareStatement("""
                    select pid, old_id, full_name, birth_date, sex, birth_province_code, address, status
                    from person""")) {
                st.setFetchSize(10_000);
                try (var rs = st.executeQuery()) {
                    for (long n = 0; rs.next(); n++) {
                        if (n % 10_000 == 0 && stop.getAsBoolean()) {
                            c.rollback();
                            return null;
                        }
                        builder.add(new RegistryPerson(rs.getString(1), rs.getString(2), rs.getString(3),
                                RegistryCsv.date(rs.getString(4)), rs.getString(5).equals("F") ? Sex.F : Sex.M,
                                rs.getString(6), rs.getString(7) == null ? "" : rs.getString(7),
                                rs.getString(8).equals("deceased")));
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the registry: " + e.getMessage(), e);
        }
        return builder.build();
    }
}
