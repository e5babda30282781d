package vn.sachsong.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Chooses who each dataset row is about: mostly registered people of the dataset's age range,
 * some deceased ones the agency never removed, some people missing from the registry (half of
 * them look-alikes of a registered person), and repeats of earlier rows.
 */
final class SubjectPicker {
    private final Population population;
    private final NoiseRates rates;
    private final int[] eligible;
    private final int[] deceased;
    private final List<Subject> seen = new ArrayList<>();

    SubjectPicker(Population population, NoiseRates rates, int asOfYear, int minAge, int maxAge) {
        this.population = population;
        this.rates = rates;
        var all = population.people;
        var inAgeRange = IntStream.range(0, all.size())
                .filter(i -> inRange(all.get(i), asOfYear, minAge, maxAge)).toArray();
        // A tiny population may have nobody of the dataset's ages; anybody will do then.
        eligible = inAgeRange.length > 0 ? inAgeRange : IntStream.range(0, all.size()).toArray();
        deceased = Arrays.stream(eligible).filter(i -> all.get(i).deceased()).toArray();
    }

    Subject next(SplittableRandom rng) {
        Subject s;
        if (!seen.isEmpty() && Dice.roll(rng, rates.duplicate())) {
            var earlier = seen.get(rng.nextInt(seen.size()));
            var kinds = new ArrayList<>(earlier.kinds());
            kinds.add(NoiseKind.DUPLICATE);
            s = new Subject(earlier.person(), earlier.registered(), earlier.relative(), List.copyOf(kinds));
        } else if (Dice.roll(rng, rates.absent())) {
            s = absent(rng);
        } else if (deceased.length > 0 && Dice.roll(rng, rates.deceased())) {
            s = registered(deceased[rng.nextInt(deceased.length)], rng);
        } else {
            s = registered(eligible[rng.nextInt(eligible.length)], rng);
        }
        seen.add(s);
        return s;
    }

    private Subject registered(int index, SplittableRandom rng) {
        var p = population.people.get(index);
        var kinds = p.deceased() ? List.of(NoiseKind.DECEASED) : List.<NoiseKind>of();
        return new Subject(p, true, relativeOf(index, p, rng), kinds);
    }

    private Person relativeOf(int index, Person p, SplittableRandom rng) {
        if (p.householdSize() < 2) {
            return null;
        }
        int other = p.household() + rng.nextInt(p.householdSize() - 1);
        return population.people.get(other >= index ? other + 1 : other);
    }

    private Subject absent(SplittableRandom rng) {
        var model = population.people.get(eligible[rng.nextInt(eligible.length)]);
        if (Dice.roll(rng, rates.lookalikeShareOfAbsent())) {
            var twin = population.factory.lookalike(model, rng);
            return new Subject(twin, false, null, List.of(NoiseKind.ABSENT, NoiseKind.LOOKALIKE));
        }
        var stranger = population.factory.strangerLike(model, rng);
        return new Subject(stranger, false, null, List.of(NoiseKind.ABSENT));
    }

    private static boolean inRange(Person p, int asOfYear, int minAge, int maxAge) {
        int age = asOfYear - p.birth().year();
        return age >= minAge && age <= maxAge;
    }
}
