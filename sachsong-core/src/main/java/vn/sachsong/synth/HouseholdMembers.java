package vn.sachsong.synth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.sachsong.refdata.Sex;

/**
 * A commune's household-members book kept in a spreadsheet with merged header cells: "Ngày sinh"
 * spans two columns, "Nam" and "Nữ", and the date is written under the person's sex (so the sex
 * has no spelling of its own, and sex noise does not apply); a row under the header numbers the
 * columns, as official forms do. Every age, children included. A quarter of {@code datasetRows}.
 */
final class HouseholdMembers implements DatasetLayout {
    static final List<String> HEADER =
            List.of("STT", "Họ và tên", "Ngày sinh", "", "Nơi thường trú", "Số CMND/CCCD", "Quan hệ với chủ hộ");
    static final List<String> SUB_HEADER = List.of("", "", "Nam", "Nữ", "", "", "");
    private static final WeightedTable<String> RELATIONS = new WeightedTable<>(
            List.of("Chủ hộ", "Vợ", "Chồng", "Con", "Cháu", "Mẹ", "Bố"), new long[] {30, 15, 5, 35, 8, 4, 3});

    @Override
    public String name() {
        return "household_members";
    }

    @Override
    public char delimiter() {
        return ',';
    }

    @Override
    public int minAge() {
        return 0;
    }

    @Override
    public int maxAge() {
        return 95;
    }

    @Override
    public int rows(int datasetRows) {
        return datasetRows == 0 ? 0 : Math.max(1, datasetRows / 4);
    }

    @Override
    public Set<NoiseKind> kindsNotShown() {
        return EnumSet.of(NoiseKind.SEX_CODE, NoiseKind.SEX_ASCII, NoiseKind.SEX_MISSING);
    }

    @Override
    public int preambleRowsBelowHeader() {
        return 1;
    }

    @Override
    public List<List<String>> preamble(SplittableRandom rng) {
        var title = new ArrayList<String>(List.of("SỔ THEO DÕI NHÂN KHẨU"));
        var numbers = new ArrayList<String>();
        while (title.size() < HEADER.size()) {
            title.add("");
        }
        for (int i = 1; i <= HEADER.size(); i++) {
            numbers.add("(" + i + ")");
        }
        return List.of(title, HEADER, SUB_HEADER, numbers);
    }

    @Override
    public List<String> cells(int rowNumber, MessyRow row, SplittableRandom rng) {
        boolean male = row.trueSex() == Sex.M;
        return List.of(Integer.toString(rowNumber), row.name(), male ? row.birthDate() : "", male ? "" : row.birthDate(),
                row.address(), row.id(), RELATIONS.sample(rng));
    }
}
