package vn.sachsong.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameCaseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NGUYỄN VĂN ANH|Nguyễn Văn Anh",
        "ĐẶNG THỊ ÚT|Đặng Thị Út",
        "lê thị hoa|Lê Thị Hoa",
        "  TRƯƠNG   ĐÌNH ỨNG |Trương Đình Ứng",
        "ÂU DƯƠNG PHONG|Âu Dương Phong",
        "HUỲNH THỊ THUỶ|Huỳnh Thị Thủy",
        "NGUYỄN-TRẦN MINH|Nguyễn-Trần Minh",
        "Nguyễn Văn Anh|Nguyễn Văn Anh",
        "John McKinley|John McKinley",
    })
    void titleCasesNames(String input, String expected) {
        assertThat(NameCase.title(input)).isEqualTo(expected);
    }
}
