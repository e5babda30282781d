package vn.sachsong.server.dataset;

/** A dataset request that cannot be met: an unknown dataset or agency, a bad field or key column. The message says which. */
public class DatasetException extends RuntimeException {
    public DatasetException(String message) {
        super(message);
    }
}
