package vn.sachsong.cleaning;

/**
 * A chunk of rows linked and made ready to write, as an engine hands it back to its run: made here,
 * or decoded from the bytes a {@link ChunkLinker} made elsewhere.
 */
public final class LinkedRows {
    private final LinkedChunk chunk;

    LinkedRows(LinkedChunk chunk) {
        this.chunk = chunk;
    }

    /** The chunk {@link ChunkLinker#link} encoded. */
    public static LinkedRows decode(byte[] bytes) {
        return new LinkedRows(ChunkBytes.decode(bytes));
    }

    public int size() {
        return chunk.rows().size();
    }

    LinkedChunk chunk() {
        return chunk;
    }
}
