package vn.sachsong.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.sachsong.refdata.Sex;

/**
 * The registered population, built household by household so relatives share a family
 * name and an address: head, often a spouse (a wife keeps her own family name), children
 * who take the father's family name.
 */
final class Population {
    private static final int[] HOUSEHOLD_SIZE_PERCENT = {15, 20, 25, 25, 15};

    final List<Person> people;
    final IdAllocator ids;
    final PersonFactory factory;

    private Population(List<Person> people, IdAllocator ids, PersonFactory factory) {
        this.people = people;
        this.ids = ids;
        this.factory = factory;
    }

    static Population build(int count, LocalDate asOf, SplittableRandom rng) {
        var ids = new IdAllocator(count + count / 10 + 16);
        var factory = new PersonFactory(ids, asOf);
        var people = new ArrayList<Person>(count);
        var pyramid = new AgePyramid();
        var names = NameBook.get();
        var gazetteer = Gazetteer.get();
        while (people.size() < count) {
            int size = Math.min(householdSize(rng), count - people.size());
            var home = gazetteer.commune(rng.nextInt(gazetteer.communeCount()));
            addHousehold(people, size, home, pyramid, names, factory, rng);
        }
        return new Population(people, ids, factory);
    }

    private static void addHousehold(List<Person> out, int size, Gazetteer.Commune home, AgePyramid pyramid,
                                     NameBook names, PersonFactory factory, SplittableRandom rng) {
        int start = out.size();
        int headAge = pyramid.age(20, 100, rng);
        var headSex = rng.nextInt(100) < 65 ? Sex.M : Sex.F;
        var head = new PersonFactory.Draft(names.family(rng), headSex, headAge, home);
        out.add(factory.make(head, start, size, rng));
        String childFamily = head.family();
        if (size >= 2) {
            var spouseSex = headSex == Sex.M ? Sex.F : Sex.M;
            int spouseAge = Math.clamp(headAge + rng.nextInt(11) - 5, 18, 100);
            var spouse = new PersonFactory.Draft(names.family(rng), spouseSex, spouseAge, home);
            out.add(factory.make(spouse, start, size, rng));
            childFamily = spouseSex == Sex.M ? spouse.family() : childFamily;
        }
        int oldestChild = Math.max(0, headAge - 18);
        for (int i = 2; i < size; i++) {
            var sex = rng.nextBoolean() ? Sex.M : Sex.F;
            var child = new PersonFactory.Draft(childFamily, sex, pyramid.age(0, oldestChild, rng), home);
            out.add(factory.make(child, start, size, rng));
        }
    }

    private static int householdSize(SplittableRandom rng) {
        int r = rng.nextInt(100);
        for (int i = 0; i < HOUSEHOLD_SIZE_PERCENT.length; i++) {
            r -= HOUSEHOLD_SIZE_PERCENT[i];
            if (r < 0) {
                return i + 1;
            }
        }
        return HOUSEHOLD_SIZE_PERCENT.length;
    }
}
