package vn.sachsong.server.dataset;

/** A dataset's name as the CLI and API write it: {@code AGENCY:NAME}, e.g. {@code BO_GTVT:gplx}. */
public record DatasetName(String agency, String name) {
    private static final String NAME = "[a-z0-9][a-z0-9_.-]{0,63}";

    public DatasetName {
        if (agency == null || !agency.matches("[A-Z0-9][A-Z0-9_-]{1,31}") || name == null || !name.matches(NAME)) {
            throw new DatasetException("a dataset is named AGENCY:NAME, the agency's code and 1-64 lower-case letters,"
                    + " digits, '.', '-' or '_' (e.g. BO_GTVT:gplx): " + agency + ":" + name);
        }
    }

    public static DatasetName parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            throw new DatasetException("a dataset is named AGENCY:NAME (e.g. BO_GTVT:gplx): " + text);
        }
        return new DatasetName(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return agency + ":" + name;
    }
}
