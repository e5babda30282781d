package vn.sachsong.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Register name cells: titles before the holder, couples, notes in brackets. */
class NameCellTest {
    @Test
    void titlesBeforeTheHolderGo() {
        assertThat(NameCell.onePerson("Ông Ngô Hải Tường")).isEqualTo("Ngô Hải Tường");
        assertThat(NameCell.onePerson("Hộ bà Hoang Thi Mi")).isEqualTo("Hoang Thi Mi");
        assertThat(NameCell.onePerson("HỘ ÔNG NGUYỄN VĂN TÁM")).isEqualTo("NGUYỄN VĂN TÁM");
        assertThat(NameCell.onePerson("Bà Lê Thị Hoa")).isEqualTo("Lê Thị Hoa");
        assertThat(NameCell.onePerson("Ô.Trần Văn Sáu")).isEqualTo("Trần Văn Sáu");
    }

    @Test
    void ofACoupleTheFirstNamedStays() {
        assertThat(NameCell.onePerson("Phạm Vĩnh Thanh và vợ Nguyễn Thùy Tố Như")).isEqualTo("Phạm Vĩnh Thanh");
        assertThat(NameCell.onePerson("Ông Lê Văn Hai và bà Trần Thị Ba")).isEqualTo("Lê Văn Hai");
        assertThat(NameCell.onePerson("Đỗ Minh Khoa (chủ hộ)")).isEqualTo("Đỗ Minh Khoa");
        assertThat(NameCell.onePerson("Nguyễn Văn An - vợ Lê Thị Bình")).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void namesThatOnlyLookLikeTitlesAreKept() {
        assertThat(NameCell.onePerson("Anh Thư")).isEqualTo("Anh Thư");
        assertThat(NameCell.onePerson("Ông Văn")).isEqualTo("Ông Văn");
        assertThat(NameCell.onePerson("Ông Đăng Tưởng")).isEqualTo("Ông Đăng Tưởng");
        assertThat(NameCell.onePerson("Anh Võ Thị Bích")).as("given name first").isEqualTo("Anh Võ Thị Bích");
        assertThat(NameCell.onePerson("Chị Lê Hồng")).isEqualTo("Chị Lê Hồng");
        assertThat(NameCell.onePerson("Nguyễn Thị Anh")).isEqualTo("Nguyễn Thị Anh");
        assertThat(NameCell.onePerson("Bà Triệu")).isEqualTo("Bà Triệu");
        assertThat(NameCell.onePerson("Hồ Văn Và")).isEqualTo("Hồ Văn Và");
    }

    @Test
    void anIdTypedIntoTheNameCellIsTakenOutOfTheName() {
        assertThat(NameCell.idIn("Đồng Đình Biết - 049078667111")).isEqualTo("049078667111");
        assertThat(NameCell.onePerson("Đồng Đình Biết - 049078667111")).isEqualTo("Đồng Đình Biết");
        assertThat(NameCell.idIn("Lê Văn An (CCCD 001 090 123 456)")).isEqualTo("001 090 123 456");
        assertThat(NameCell.onePerson("Lê Văn An (CCCD 001 090 123 456)")).isEqualTo("Lê Văn An");
        assertThat(NameCell.onePerson("Ngô Quốc Bình, CMND số: 088057256")).isEqualTo("Ngô Quốc Bình");
        assertThat(NameCell.onePerson("Trần Thị Chi 001301864830")).isEqualTo("Trần Thị Chi");
        assertThat(NameCell.onePerson("Nguyễn Thành Danh - 001090123456")).isEqualTo("Nguyễn Thành Danh");
        assertThat(NameCell.onePerson("Lê Thị Lan, số định danh: 001190123456")).isEqualTo("Lê Thị Lan");
        // no ID: short numbers stay where they are
        assertThat(NameCell.idIn("Nguyễn Văn An 2")).isNull();
        assertThat(NameCell.idIn("Phạm Thị Hoa")).isNull();
    }

    @Test
    void aSpreadsheetErrorValueIsNoName() {
        for (var error : new String[] {"#N/A", "#VALUE!", "#REF!", "#name?"}) {
            assertThat(NameCell.name(NameCell.repair(error, vn.sachsong.text.TextSource.UNICODE))).as(error).isEmpty();
        }
        assertThat(NameCell.name(NameCell.repair("Trương Thị Lệ Dung", vn.sachsong.text.TextSource.UNICODE))).isEqualTo("Trương Thị Lệ Dung");
    }
}
