package vn.sachsong.synth;

import java.time.LocalDate;
import java.util.SplittableRandom;
import vn.sachsong.record.PartialDate;
import vn.sachsong.refdata.Sex;

/** Makes one person: name, birth date, IDs, death; households are assembled by the caller. */
final class PersonFactory {
    private final NameBook names = NameBook.get();
    private final Gazetteer gazetteer = Gazetteer.get();
    private final IdAllocator ids;
    private final LocalDate asOf;

    PersonFactory(IdAllocator ids, LocalDate asOf) {
        this.ids = ids;
        this.asOf = asOf;
    }

    record Draft(String family, Sex sex, int age, Gazetteer.Commune home) {
    }

    Person make(Draft d, int household, int householdSize, SplittableRandom rng) {
        var birthDay = birthDay(d.age(), rng);
        var birth = precision(birthDay, rng);
        var province = rng.nextInt(100) < 75 ? d.home().province()
                : gazetteer.provinces().get(rng.nextInt(gazetteer.provinces().size()));
        long pid = ids.newPid(province.oldCode(), d.sex(), birthDay.getYear(), rng);
        // Old 9-digit cards were issued from age 14 until 2021; most people born before 2000 had one.
        long oldId = birthDay.getYear() < 2000 && rng.nextInt(100) < 88 ? ids.newOldId(rng) : 0;
        String middle = rng.nextInt(100) < 3 ? "" : names.middle(d.sex(), rng);
        return new Person(pid, oldId, d.family(), middle, names.given(d.sex(), rng), d.sex(), birth,
                province, d.home(), deathDay(birthDay, d.age(), rng), household, householdSize);
    }

    /** Someone unregistered of the model's age and sex, otherwise unrelated. */
    Person strangerLike(Person model, SplittableRandom rng) {
        var home = gazetteer.commune(rng.nextInt(gazetteer.communeCount()));
        var draft = new Draft(names.family(rng), model.sex(), asOf.getYear() - model.birth().year(), home);
        return make(draft, -1, 0, rng);
    }

    /**
     * Someone unregistered with the model's full name and sex, born a few days to weeks apart:
     * the hard case for a linker, since common names repeat thousands of times.
     */
    Person lookalike(Person model, SplittableRandom rng) {
        var born = model.birth().day() == 0
                ? LocalDate.of(model.birth().year(), 1 + rng.nextInt(12), 1 + rng.nextInt(28))
                : LocalDate.of(model.birth().year(), model.birth().month(), model.birth().day())
                        .plusDays((1 + rng.nextInt(30)) * (rng.nextBoolean() ? 1 : -1));
        var home = gazetteer.commune(rng.nextInt(gazetteer.communeCount()));
        long pid = ids.newPid(home.province().oldCode(), model.sex(), born.getYear(), rng);
        long oldId = born.getYear() < 2000 ? ids.newOldId(rng) : 0;
        var birth = new PartialDate(born.getYear(), born.getMonthValue(), born.getDayOfMonth());
        return new Person(pid, oldId, model.family(), model.middle(), model.given(), model.sex(), birth,
                home.province(), home, null, -1, 0);
    }

    private LocalDate birthDay(int age, SplittableRandom rng) {
        var latest = asOf.minusYears(age);
        return latest.minusDays(rng.nextInt(365));
    }

    /** Registry births before 1950 were often recorded to the year or month only. */
    private static PartialDate precision(LocalDate d, SplittableRandom rng) {
        int r = rng.nextInt(100);
        if (d.getYear() < 1950 && r < 35) {
            return new PartialDate(d.getYear(), r < 25 ? 0 : d.getMonthValue(), 0);
        }
        if (r == 0) {
            return new PartialDate(d.getYear(), 0, 0);
        }
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** About 1.5% deceased overall, rising with age; deaths in the last five years. */
    private LocalDate deathDay(LocalDate birth, int age, SplittableRandom rng) {
        if (rng.nextInt(100_000) >= 150 + 40 * age) {
            return null;
        }
        long span = Math.min(birth.until(asOf, java.time.temporal.ChronoUnit.DAYS), 5 * 365L);
        return asOf.minusDays(rng.nextLong(Math.max(1, span)));
    }
}
