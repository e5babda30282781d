package vn.sachsong.server.cleaning;

import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;
import vn.sachsong.linkage.PersonIndex;
import vn.sachsong.server.registry.RegistryPeople;

/** Builds the linker's in-memory index from the registry's people as they stream in. */
@Component
class RegistryIndexLoader {
    private final RegistryPeople people;

    RegistryIndexLoader(RegistryPeople people) {
        this.people = people;
    }

    /** The index and the snapshot of the registry it was built from. */
    record Loaded(PersonIndex index, String snapshot) {
    }

    /**
     * The index; null when {@code stop} turned true meanwhile (the run it was for has failed): the
     * read ends between two fetches and its connection goes back to the pool in order, so a bad
     * input file ends the command with its one line and nothing else.
     */
    Loaded load(BooleanSupplier stop) {
        var builder = PersonIndex.builder();
        var snapshot = people.forEach(stop, builder::add);
        return snapshot == null ? null : new Loaded(builder.build(), snapshot);
    }
}
