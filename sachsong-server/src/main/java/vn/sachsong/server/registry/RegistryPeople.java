package vn.sachsong.server.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads of the registry's people for the other features, which do not query the person table themselves. */
@Service
public class RegistryPeople {
    private final JdbcClient jdbc;

    RegistryPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the registry holds a person with this personal ID. */
    public boolean exists(String pid) {
        return jdbc.sql("select exists (select 1 from person where pid = ?)").param(pid).query(Boolean.class).single();
    }
}
