package vn.sachsong.refdata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lazy holders: the new communes, the old ones with their successors, and the name indexes apart. */
final class CommuneData {
    private CommuneData() {
    }

    static final class New {
        static final CommuneTable TABLE = CommuneTable.of(ResourceCsv.rows("communes_new.csv"), Era.NEW_34);
    }

    static final class Old {
        static final CommuneTable TABLE;
        static final Map<String, List<String>> SUCCESSORS;

        static {
            var rows = ResourceCsv.rows("communes_old.csv");
            TABLE = CommuneTable.of(rows, Era.OLD_63);
            SUCCESSORS = successors(rows);
        }

        private static Map<String, List<String>> successors(List<String[]> rows) {
            var map = HashMap.<String, List<String>>newHashMap(rows.size());
            var newCodes = New.TABLE.byCode;
            for (var row : rows) {
                var codes = row[3].split(" ");
                for (int i = 0; i < codes.length; i++) {
                    codes[i] = newCodes.get(codes[i]).code();
                }
                map.put(row[0], List.of(codes));
            }
            return Map.copyOf(map);
        }
    }

    static final class NewNames {
        static final CommuneNames INDEX = new CommuneNames(New.TABLE);
    }

    static final class OldNames {
        static final CommuneNames INDEX = new CommuneNames(Old.TABLE);
    }
}
