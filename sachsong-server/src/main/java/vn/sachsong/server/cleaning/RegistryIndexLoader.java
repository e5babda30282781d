package vn.sachsong.server.cleaning;

import java.sql.SQLException;
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

    PersonIndex load() {
        var builder = PersonIndex.builder();
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.prepareStatement("""
                    select pid, old_id, full_name, birth_date, sex, birth_province_code, address, status
                    from person""")) {
                st.setFetchSize(10_000);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
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
