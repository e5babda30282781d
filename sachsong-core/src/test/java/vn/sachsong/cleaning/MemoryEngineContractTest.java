package vn.sachsong.cleaning;

/** The in-memory engine keeps the engine contract. */
class MemoryEngineContractTest extends EngineContractTest {
    @Override
    protected LinkEngine engine() {
        return LinkEngine.MEMORY;
    }
}
