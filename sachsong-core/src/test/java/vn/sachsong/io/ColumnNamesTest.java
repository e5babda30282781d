package vn.sachsong.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Họ và tên            | FULL_NAME
            Hä vµ tªn            | FULL_NAME
            Ngµy sinh            | BIRTH_DATE
            Nơi cư trú           | ADDRESS
            N¬i ë hiÖn nay       | ADDRESS
            HO TEN               | FULL_NAME
            Họ tên               | FULL_NAME
            Ho va ten            | FULL_NAME
            HỌ VÀ TÊN CHỦ HỘ     | FULL_NAME
            full_name            | FULL_NAME
            Name                 | FULL_NAME
            Họ và tên đệm        | FAMILY_NAME
            'Họ, chữ đệm và tên khai sinh' | FULL_NAME
            Họ tên đệm và tên    | FULL_NAME
            Họ tên lót và tên    | FULL_NAME
            Giới                 | SEX
            Tuổi                 | AGE
            Ngày sinh người nhận | OTHER
            Số CCCD người nhận   | OTHER
            Số CCCD người đại diện | OTHER
            Số sổ hộ khẩu        | OTHER
            Địa chỉ hộ khẩu      | ADDRESS
            Chữ lót              | MIDDLE_NAME
            Họ và chữ lót        | FAMILY_NAME
            'Họ, chữ lót và tên' | FULL_NAME
            Năm sinh Nam         | MALE_MARK
            Năm sinh Nữ          | FEMALE_MARK
            Ngày sinh nữ         | FEMALE_MARK
            Số CMT               | OLD_ID
            HKTT                 | ADDRESS
            Số giấy tờ tùy thân  | PID
            Ngày cấp giấy tờ     | OTHER
            Mã số BHXH           | OTHER
            Số thẻ BHYT          | OTHER
            Họ                   | FAMILY_NAME
            Họ và chữ đệm        | FAMILY_NAME
            HO VA TEN LOT        | FAMILY_NAME
            Chữ đệm              | MIDDLE_NAME
            Tên đệm              | MIDDLE_NAME
            Tháng sinh           | BIRTH_MONTH
            Tên                  | GIVEN_NAME
            Ngày tháng năm sinh  | BIRTH_DATE
            Ngày, tháng, năm sinh| BIRTH_DATE
            Ngay sinh            | BIRTH_DATE
            NGÀY SINH (dd/mm/yyyy)| BIRTH_DATE
            dob                  | BIRTH_DATE
            birth_date           | BIRTH_DATE
            Năm sinh             | BIRTH_YEAR
            Giới tính            | SEX
            GT                   | SEX
            Phái                 | SEX
            gender               | SEX
            Số CCCD              | PID
            Số định danh         | PID
            Số ĐDCN              | PID
            CMND/CCCD            | PID
            Số CMND/CCCD         | PID
            national_id          | PID
            id                   | PID
            Số CMND              | OLD_ID
            CMND                 | OLD_ID
            Ngày cấp CMND        | OTHER
            Nơi thường trú       | ADDRESS
            Địa chỉ              | ADDRESS
            Nơi ở hiện tại       | ADDRESS
            Chỗ ở                | ADDRESS
            Quê quán             | HOMETOWN
            Nguyên quán          | HOMETOWN
            Nơi sinh             | BIRTH_PLACE
            Tỉnh/TP              | PROVINCE
            Tỉnh                 | PROVINCE
            Số điện thoại        | PHONE
            SĐT                  | PHONE
            STT                  | OTHER
            Hạng GPLX            | OTHER
            Họ tên cha           | OTHER
            Năm sinh của mẹ      | OTHER
            Họ tên vợ/chồng      | OTHER
            Mother's name        | OTHER
            """)
    void recognisesTitles(String title, Field expected) {
        assertThat(ColumnNames.match(title).field()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            DANH SÁCH GIẤY PHÉP LÁI XE
            Đơn vị: Sở GTVT tỉnh Quảng Ninh
            Nguyễn Văn An
            05/03/1990
            Tên đơn vị
            """)
    void titleRowsAndDataAreNotColumnTitles(String text) {
        var match = ColumnNames.match(text);
        assertThat(match.known()).isFalse();
        assertThat(match.field()).isEqualTo(Field.OTHER);
    }
}
