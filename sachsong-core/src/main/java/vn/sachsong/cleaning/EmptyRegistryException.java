package vn.sachsong.cleaning;

/** Cleaning against a registry that holds no one: nothing could ever link, so the run does not start. */
public final class EmptyRegistryException extends RuntimeException {
    EmptyRegistryException() {
        super("sổ đăng ký trống, hãy nhập trước / the registry is empty: import it first with"
                + " 'sachsong registry import FILE'");
    }
}
