package vn.sachsong.server.system;

/** Where the data source connects; {@code embedded} is null for an external server. */
public record DatabaseEndpoint(String url, String user, String password, EmbeddedDatabase embedded)
        implements AutoCloseable {

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
