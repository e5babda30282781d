package vn.sachsong.server.exchange;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People and agencies the exchange tests use; codes are unique per call, so tests never collide. */
final class ExchangeFixture {
    static final String ANH = "001090000101";      // Nguyễn Văn Anh, male, 1990-03-05
    static final String HOA = "079195000102";      // Bùi Thị Hòa, female, 1995 (year only)
    static final String THUY = "001300000103";     // Trần Thị Thủy, female, 2000-12-31, deceased
    static final String ABSENT = "001090999999";

    private ExchangeFixture() {
    }

    static void people(JdbcClient jdbc) {
        insert(jdbc, ANH, "Nguyễn Văn Anh", "1990-03-05", "M", "001", "Phường Ba Đình, Thành phố Hà Nội", "alive", null);
        insert(jdbc, HOA, "Bùi Thị Hòa", "1995", "F", "079", "Phường Sài Gòn, Thành phố Hồ Chí Minh", "alive", null);
        insert(jdbc, THUY, "Trần Thị Thủy", "2000-12-31", "F", "001", null, "deceased", "2024-05-01");
    }

    private static void insert(JdbcClient jdbc, String pid, String name, String birth, String sex, String province,
            String address, String status, String diedOn) {
        jdbc.sql("""
                insert into person (pid, full_name, birth_date, sex, birth_province_code, address, status, died_on)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (pid) do nothing""")
                .params(pid, name, birth, sex, province, address, status, diedOn).update();
    }

    static String code(String prefix) {
        return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
    }

    /** Policy: name, birth date and sex, purposes ho-tich and bhxh. */
    static AgencyService.Created agency(AgencyService service, String prefix, int rate, boolean operator) {
        return agency(service, prefix, rate, operator, EnumSet.of(RegistryField.FULL_NAME, RegistryField.BIRTH_DATE, RegistryField.SEX));
    }

    /** Purposes ho-tich and bhxh, the fields given. */
    static AgencyService.Created agency(AgencyService service, String prefix, int rate, boolean operator,
            Set<RegistryField> fields) {
        return service.create(new NewAgency(code(prefix), "Sở Tư pháp thử nghiệm", AgencyLevel.PROVINCE, fields, Set.of("ho-tich", "bhxh"), rate,
                operator));
    }
}
