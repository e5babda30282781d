package vn.sachsong.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The ministries and provinces of the generated dossier logs, with rates drawn around the
 * programme's mid-2024 figures per level (ministries: 46.36% of dossiers digitised, 46.38% of
 * results electronic, 1.17% reusing data; provinces: 58.12%, 64%, 10.23%). A few provinces lag far
 * behind (at 30% of their level's rates); the others are raised so that each level's weighted rates
 * stay near the figures.
 */
final class DossierAgencies {
    /** Ministries handle the ministry-level procedures they are responsible for; these are their names. */
    private static final Map<String, String> MINISTRY_NAMES = Map.of(
            "BO_CONG_AN", "Bộ Công an", "BHXH", "Bảo hiểm xã hội Việt Nam", "BO_TU_PHAP", "Bộ Tư pháp",
            "BO_TAI_CHINH", "Bộ Tài chính", "BO_XAY_DUNG", "Bộ Xây dựng", "BO_Y_TE", "Bộ Y tế",
            "BO_GD_DT", "Bộ Giáo dục và Đào tạo");
    /** code, name, lagging. */
    private static final String[][] PROVINCES = {
        {"TP_HANOI", "UBND Thành phố Hà Nội", ""}, {"TP_HCM", "UBND Thành phố Hồ Chí Minh", ""},
        {"TP_HAI_PHONG", "UBND Thành phố Hải Phòng", ""}, {"TP_DA_NANG", "UBND Thành phố Đà Nẵng", ""},
        {"TP_CAN_THO", "UBND Thành phố Cần Thơ", ""}, {"TINH_NGHE_AN", "UBND Tỉnh Nghệ An", ""},
        {"TINH_LAO_CAI", "UBND Tỉnh Lào Cai", "lagging"}, {"TINH_CA_MAU", "UBND Tỉnh Cà Mau", "lagging"}};
    static final double[] MINISTRY_RATES = {0.4636, 0.4638, 0.0117};
    static final double[] PROVINCE_RATES = {0.5812, 0.64, 0.1023};
    static final String MINISTRY = "ministry";
    static final String PROVINCE = "province";
    private static final double LAGGING = 0.3;

    private DossierAgencies() {
    }

    /** Ministries first, then provinces; each level's shares sum to 1. */
    static List<DossierAgency> of(List<ProcedureSpec> procedures, SplittableRandom rng) {
        var out = new ArrayList<DossierAgency>();
        var ministries = procedures.stream().filter(p -> p.level().equals(MINISTRY)).map(ProcedureSpec::agency)
                .distinct().sorted().toList();
        var drafts = new ArrayList<String[]>();
        for (var m : ministries) {
            drafts.add(new String[] {m, MINISTRY_NAMES.getOrDefault(m, m), ""});
        }
        addLevel(out, drafts, MINISTRY, procedures, MINISTRY_RATES, rng);
        addLevel(out, List.of(PROVINCES), PROVINCE, procedures, PROVINCE_RATES, rng);
        return out;
    }

    private static void addLevel(List<DossierAgency> out, List<String[]> drafts, String level, List<ProcedureSpec> all,
            double[] rates, SplittableRandom rng) {
        var weights = new double[drafts.size()];
        double total = 0;
        double lagging = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.5 + rng.nextDouble();
            total += weights[i];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= total;
            lagging += drafts.get(i)[2].isEmpty() ? 0 : weights[i];
        }
        double raise = lagging >= 1 ? 1 : (1 - LAGGING * lagging) / (1 - lagging);
        for (int i = 0; i < weights.length; i++) {
            var d = drafts.get(i);
            var handled = all.stream().filter(p -> p.level().equals(level) && (level.equals(PROVINCE) || p.agency().equals(d[0])))
                    .toList();
            double f = d[2].isEmpty() ? raise : LAGGING;
            out.add(new DossierAgency(d[0], d[1], level, handled, weights[i], rate(rates[0], f, rng),
                    rate(rates[1], f, rng), rate(rates[2], f, rng)));
        }
    }

    /** The level's rate times the factor, give or take 8% of it, at most 98%. */
    private static double rate(double base, double factor, SplittableRandom rng) {
        return Math.min(0.98, base * factor * (0.92 + 0.16 * rng.nextDouble()));
    }
}
