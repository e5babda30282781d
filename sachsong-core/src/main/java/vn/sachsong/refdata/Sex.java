package vn.sachsong.refdata;

/** Sex as the registry records it; the interchange CSV writes M / F. */
public enum Sex {
    M, F
}
