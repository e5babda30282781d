package vn.sachsong.spark;

import java.util.regex.Pattern;

/** The {@code --master} values Spark 4 takes, checked before a session is started on a typo. */
final class Masters {
    private static final Pattern VALID = Pattern.compile(
            "local|local\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?]|local-cluster\\[[1-9][0-9]*,[1-9][0-9]*,[1-9][0-9]*]"
                    + "|spark://[A-Za-z0-9.\\-]+:[0-9]{1,5}(,[A-Za-z0-9.\\-]+:[0-9]{1,5})*|yarn|k8s://https?://\\S+");

    private Masters() {
    }

    static boolean valid(String master) {
        return master != null && VALID.matcher(master).matches();
    }

    static String problem(String master) {
        return "--master: expected local, local[N], local[*], spark://HOST:PORT, yarn or k8s://https://HOST:PORT; got '"
                + master + "'";
    }
}
