package vn.sachsong.io;

/** The container of a table file, decided from its first bytes rather than its name. */
public enum Format {
    CSV, XLSX
}
