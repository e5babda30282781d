package vn.sachsong.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.sachsong.refdata.Sex;

/** Family, middle and given names drawn by their observed frequencies (see SOURCE.md). */
final class NameBook {
    private final WeightedTable<String> family;
    private final WeightedTable<String> middleMale;
    private final WeightedTable<String> middleFemale;
    private final WeightedTable<String> givenMale;
    private final WeightedTable<String> givenFemale;

    private NameBook(List<String[]> rows) {
        family = table(rows, "family", 2);
        middleMale = table(rows, "middle", 2);
        middleFemale = table(rows, "middle", 3);
        givenMale = table(rows, "given", 2);
        givenFemale = table(rows, "given", 3);
    }

    static NameBook get() {
        return Holder.INSTANCE;
    }

    String family(SplittableRandom rng) {
        return family.sample(rng);
    }

    String middle(Sex sex, SplittableRandom rng) {
        return (sex == Sex.M ? middleMale : middleFemale).sample(rng);
    }

    String given(Sex sex, SplittableRandom rng) {
        return (sex == Sex.M ? givenMale : givenFemale).sample(rng);
    }

    private static WeightedTable<String> table(List<String[]> rows, String component, int column) {
        var values = new ArrayList<String>();
        var weights = new ArrayList<Long>();
        for (String[] r : rows) {
            long w = Long.parseLong(r[column]);
            if (r[0].equals(component) && w > 0) {
                // The registry is the clean side: names in one canonical tone placement ("Hùynh" -> "Huỳnh").
                values.add(vn.sachsong.text.VietText.normalize(r[1]));
                weights.add(w);
            }
        }
        return new WeightedTable<>(values, weights.stream().mapToLong(Long::longValue).toArray());
    }

    static List<String[]> readCsv(String resource) {
        var in = NameBook.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final NameBook INSTANCE = new NameBook(readCsv("names.csv"));
    }
}
