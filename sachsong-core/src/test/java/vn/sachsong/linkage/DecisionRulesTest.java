package vn.sachsong.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.sachsong.record.ParsedRow;

/** The guards: a relative's ID never links alone; an unregistered namesake is never linked. */
class DecisionRulesTest {
    static final String HUNG = "079086912345";
    static final String LAN = "079189912346";
    static final String DUONG = "020085759991";
    static PersonLinker linker;

    @BeforeAll
    static void train() {
        var index = LinkerFixtures.registry(5_000, List.of(
                LinkerFixtures.person(HUNG, "Nguyễn Văn Hùng", 1986, 3, 14),
                LinkerFixtures.person(LAN, "Trần Thị Lan", 1989, 7, 2),
                LinkerFixtures.person(DUONG, "Lò Văn Dương", 1985, 10, 23)));
        linker = new PersonLinker(index);
        var sample = new ArrayList<ParsedRow>();
        for (int i = 0; i < 2_000; i++) {
            var p = index.get(i * 2 + 1);
            var b = p.birthDate();
            // one row in seven with a slip of the keyboard in the given name (its last letter doubled), as files have
            var name = i % 7 == 3 ? p.fullName() + p.fullName().charAt(p.fullName().length() - 1) : p.fullName();
            sample.add(LinkerFixtures.row(name, b.day() + "/" + b.month() + "/" + b.year(),
                    i % 10 == 0 ? "" : p.pid(), List.of()));
        }
        linker.train(sample);
    }

    @Test
    void cleanRowIsMatchedWithExplanation() {
        var d = linker.link(LinkerFixtures.row("Nguyễn Văn Hùng", "14/03/1986", HUNG, List.of()));
        assertThat(d).isInstanceOf(LinkDecision.Matched.class);
        var m = (LinkDecision.Matched) d;
        assertThat(m.pid()).isEqualTo(HUNG);
        assertThat(m.explanation().level("id")).isEqualTo("exact");
        assertThat(m.explanation().toString()).contains("name: exact (tf-adjusted) +");
    }

    @Test
    void aRelativesIdWithADifferentNameAndOnlyTheYearIsNotLinkedHoweverLikelyTheScore() {
        // a wife's row carrying her husband's ID, born the same year, at the same address: the ID, the
        // year and the commune agree, so the posterior is high; the name does not agree at all
        var decider = new Decider(LinkSettings.DEFAULT);
        var likely = new Candidate(0, HUNG, 0.9999, 13.3, new Explanation(-11.0, List.of()));
        var levels = new int[PersonFields.SPECS.size()];
        levels[PersonFields.ID] = PersonFields.ID_EXACT;
        levels[PersonFields.NAME] = PersonFields.NAME_DISAGREE;
        levels[PersonFields.SEX] = PersonFields.MISSING;
        levels[PersonFields.PROVINCE] = PersonFields.PLACE_COMMUNE;
        for (int birth : new int[] {PersonFields.BIRTH_YEAR, PersonFields.BIRTH_YEAR_MONTH}) {
            levels[PersonFields.BIRTH] = birth;
            assertThat(decider.decide(likely, levels, null, false, 0)).isInstanceOf(LinkDecision.Review.class);
        }
        // with the full date, or a date a few days off, the ID's holder is confirmed despite the name
        for (int birth : new int[] {PersonFields.BIRTH_EXACT, PersonFields.BIRTH_DAYS_OFF}) {
            levels[PersonFields.BIRTH] = birth;
            assertThat(decider.decide(likely, levels, null, false, 0)).isInstanceOf(LinkDecision.Matched.class);
        }
    }

    @Test
    void anExcelRoundedIdFindsItsOwnerWhenTheNameHasATypoAndTheDateIsAYear() {
        // 20085759991 shown as 2.00858E+10: the sixth digit rounded up; "Dươn" is no registry name word,
        // and a year alone blocks no name rule: only the ID's surviving digits find the person
        var d = linker.link(LinkerFixtures.row("Lò Văn Dươn", "1985", "2.00858E+10", List.of()));
        assertThat(d).isNotInstanceOf(LinkDecision.Matched.class);
        assertThat(leadingCandidate(d)).as(d.toString()).isEqualTo(DUONG);
        var typed = linker.link(LinkerFixtures.row("Lò Văn Dươn", "23/10/1985", "2.00858E+10", List.of()));
        assertThat(typed).isInstanceOfSatisfying(LinkDecision.Matched.class, m -> assertThat(m.pid()).isEqualTo(DUONG));
        var namesake = linker.link(LinkerFixtures.row("Lò Văn Dươn", "1985", "2.00861E+10", List.of()));
        assertThat(namesake).isNotInstanceOf(LinkDecision.Matched.class);
    }

    @Test
    void anIdWhoseHolderIsNamedOtherwiseDoesNotWinOverSomeoneWithTheRowsVeryName() {
        // "NGUYỄN THÀNH LONG | 2002 | <Nguyễn Văn Long's ID>", and Nguyễn Thành Long, born 2002, registered too
        var decider = new Decider(LinkSettings.DEFAULT);
        var holder = new Candidate(7, "022202187248", 0.9999, 13.3, new Explanation(-11, List.of()));
        int[] levels = {PersonFields.ID_EXACT, PersonFields.NAME_PARTIAL, PersonFields.BIRTH_YEAR, PersonFields.AGREE,
                PersonFields.PLACE_MISSING};
        assertThat(decider.decide(holder, levels, null, true, 0)).isInstanceOfSatisfying(LinkDecision.Review.class,
                r -> assertThat(r.reason()).contains("another registered person has this name"));
        assertThat(decider.decide(holder, levels, null, false, 0)).isInstanceOf(LinkDecision.Matched.class);
        // the holder's birth date confirming the ID ("Thị" left out of the name): the namesake does not matter
        levels[PersonFields.BIRTH] = PersonFields.BIRTH_EXACT;
        assertThat(decider.decide(holder, levels, null, true, 0)).isInstanceOf(LinkDecision.Matched.class);
        // the holder named as the row: the namesake does not matter
        levels[PersonFields.BIRTH] = PersonFields.BIRTH_YEAR;
        levels[PersonFields.NAME] = PersonFields.NAME_EXACT;
        assertThat(decider.decide(holder, levels, null, true, 0)).isInstanceOf(LinkDecision.Matched.class);
    }

    @Test
    void anExcelPrefixNeedsTheNameOrTheDateToHoldFirm() {
        // "Nguyễn Giang Bảo | 26/11/1980 | 1.90809E+10", an unregistered man; Nguyễn Bảo Quang, born
        // 1980-12-02, holds an ID with those leading digits
        var decider = new Decider(LinkSettings.DEFAULT);
        var cohort = new Candidate(3, "019080900907", 0.9999, 14.0, new Explanation(-11, List.of()));
        int[] typoDaysOff = {PersonFields.ID_PARTIAL, PersonFields.NAME_TYPO, PersonFields.BIRTH_DAYS_OFF,
                PersonFields.AGREE, PersonFields.PLACE_MISSING};
        assertThat(decider.decide(cohort, typoDaysOff, null, false, 0)).isInstanceOf(LinkDecision.Review.class);
        int[] typoExact = {PersonFields.ID_PARTIAL, PersonFields.NAME_TYPO, PersonFields.BIRTH_EXACT,
                PersonFields.AGREE, PersonFields.PLACE_MISSING};
        assertThat(decider.decide(cohort, typoExact, null, false, 0)).isInstanceOf(LinkDecision.Matched.class);
        int[] nameYear = {PersonFields.ID_PARTIAL, PersonFields.NAME_KEY, PersonFields.BIRTH_YEAR,
                PersonFields.AGREE, PersonFields.PLACE_MISSING};
        assertThat(decider.decide(cohort, nameYear, null, false, 0)).isInstanceOf(LinkDecision.Matched.class);
    }

    @Test
    void withoutAnIdTheCommuneMustAgreeAndTheNameBeRareEnoughForTheRegistrysSize() {
        var decider = new Decider(LinkSettings.DEFAULT);
        var likely = new Candidate(0, HUNG, 0.9999, 14.0, new Explanation(-11, List.of()));
        int[] levels = {PersonFields.ID_MISSING, PersonFields.NAME_EXACT, PersonFields.BIRTH_EXACT, PersonFields.AGREE,
                PersonFields.PLACE_COMMUNE};
        assertThat(decider.decide(likely, levels, null, false, 1e-5)).isInstanceOf(LinkDecision.Matched.class);
        // so common a name at so large a registry that another namesake could agree as well
        assertThat(decider.decide(likely, levels, null, false, 0.01)).isInstanceOf(LinkDecision.Review.class);
        // a place that cannot be told: a person may look
        for (int place : new int[] {PersonFields.PLACE_PROVINCE, PersonFields.PLACE_MISSING}) {
            levels[PersonFields.PROVINCE] = place;
            assertThat(decider.decide(likely, levels, null, false, 1e-5)).as("place level " + place)
                    .isInstanceOf(LinkDecision.Review.class);
        }
        // another commune or province: as likely a namesake born the same day, which no reviewer can
        // tell from the row; unmatched, the candidate kept as the closest
        for (int place : new int[] {PersonFields.PLACE_OTHER_COMMUNE, PersonFields.PLACE_DISAGREE}) {
            levels[PersonFields.PROVINCE] = place;
            assertThat(decider.decide(likely, levels, null, false, 1e-5)).as("place level " + place)
                    .isInstanceOfSatisfying(LinkDecision.Unmatched.class, u -> {
                        assertThat(u.best()).contains(likely);
                        assertThat(u.reason()).contains("namesake elsewhere");
                    });
        }
        // a rare name, its birth year and its commune need not wait for a person
        int[] rare = {PersonFields.ID_MISSING, PersonFields.NAME_EXACT, PersonFields.BIRTH_YEAR, PersonFields.AGREE,
                PersonFields.PLACE_COMMUNE};
        assertThat(decider.decide(likely, rare, null, false, 1e-5)).isInstanceOf(LinkDecision.Matched.class);
        rare[PersonFields.NAME] = PersonFields.NAME_TYPO;
        assertThat(decider.decide(likely, rare, null, false, 1e-5)).isInstanceOf(LinkDecision.Review.class);
    }

    @Test
    void anExcelPrefixWithAPlaceThatDisagreesOrAnIdOfTheOtherSexIsNotLinked() {
        var decider = new Decider(LinkSettings.DEFAULT);
        var likely = new Candidate(0, HUNG, 0.9999, 14.0, new Explanation(-11, List.of()));
        int[] prefix = {PersonFields.ID_PARTIAL, PersonFields.NAME_EXACT, PersonFields.BIRTH_EXACT, PersonFields.AGREE,
                PersonFields.PLACE_OTHER_COMMUNE};
        assertThat(decider.decide(likely, prefix, null, false, 1e-6)).isInstanceOf(LinkDecision.Review.class);
        prefix[PersonFields.PROVINCE] = PersonFields.PLACE_PROVINCE;
        assertThat(decider.decide(likely, prefix, null, false, 1e-6)).isInstanceOf(LinkDecision.Matched.class);
        // a wife's row with her husband's ID and her birth date left out
        int[] spouse = {PersonFields.ID_EXACT, PersonFields.NAME_PARTIAL, PersonFields.BIRTH_MISSING, PersonFields.DISAGREE,
                PersonFields.PLACE_COMMUNE};
        assertThat(decider.decide(likely, spouse, null, false, 0)).isInstanceOf(LinkDecision.Review.class);
    }

    @Test
    void relativesIdAloneNeverLinks() {
        var d = linker.link(LinkerFixtures.row("Nguyễn Thị Yến", "20/11/2012", HUNG, List.of()));
        assertThat(d).isNotInstanceOf(LinkDecision.Matched.class);
    }

    @Test
    void relativesIdDoesNotStopTheRightPerson() {
        var d = linker.link(LinkerFixtures.row("Trần Thị Lan", "02/07/1989", HUNG, List.of()));
        assertThat(d).isInstanceOfSatisfying(LinkDecision.Matched.class, m -> assertThat(m.pid()).isEqualTo(LAN));
    }

    @Test
    void unregisteredNamesakeBornWeeksApartIsNotLinked() {
        var d = linker.link(LinkerFixtures.row("Nguyễn Văn Hùng", "02/04/1986", "", List.of()));
        assertThat(d).isNotInstanceOf(LinkDecision.Matched.class);
    }

    @Test
    void unknownIdWithMatchingNameIsNotLinked() {
        var d = linker.link(LinkerFixtures.row("Nguyễn Văn Hùng", "14/03/1986", "079086555555", List.of()));
        assertThat(d).isNotInstanceOf(LinkDecision.Matched.class);
    }

    @Test
    void rowWithoutNameOrIdIsRejected() {
        assertThat(linker.link(LinkerFixtures.row("", "14/03/1986", "", List.of())))
                .isInstanceOf(LinkDecision.Rejected.class);
    }

    /** The pid of the best candidate a decision names, null when it names none. */
    private static String leadingCandidate(LinkDecision d) {
        return switch (d) {
            case LinkDecision.Matched m -> m.pid();
            case LinkDecision.Review r -> r.top2().get(0).pid();
            case LinkDecision.Unmatched u -> u.closest() == null ? null : u.closest().pid();
            default -> null;
        };
    }
}
