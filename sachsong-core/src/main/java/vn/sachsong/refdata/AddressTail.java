package vn.sachsong.refdata;

import java.util.List;
import java.util.Optional;

/**
 * Finds the province at the end of an address. The last comma-separated part is tried whole, then
 * its trailing words from the longest run down, so "Q.1 TP.HCM" and "xã Tân Lập Bắc Giang" work
 * without commas; longest first keeps "Thừa Thiên Huế" from being read as "Huế".
 */
final class AddressTail {
    private static final int MAX_WORDS = 6;

    private AddressTail() {
    }

    static Optional<ProvinceMatch> findProvince(String address) {
        if (address == null) {
            return Optional.empty();
        }
        var parts = address.split(",");
        for (int i = parts.length - 1; i >= 0; i--) {
            var words = PlaceKey.words(parts[i]);
            if (isCountryOrPostcode(words)) {
                continue;
            }
            return fromTail(words);
        }
        return Optional.empty();
    }

    private static Optional<ProvinceMatch> fromTail(List<String> words) {
        for (int from = Math.max(0, words.size() - MAX_WORDS); from < words.size(); from++) {
            var hit = ProvinceNames.INSTANCE.find(words.subList(from, words.size()));
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /** Parts to skip at the end: the country, a postcode, an empty trailing comma. */
    private static boolean isCountryOrPostcode(List<String> words) {
        var joined = PlaceKey.join(words, 0, words.size());
        return joined.isEmpty() || joined.equals("vietnam") || joined.equals("vn") || isDigits(joined);
    }

    private static boolean isDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
