package vn.sachsong.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spaces a clerk's slip moved are put back; names that are not Vietnamese syllables keep theirs. */
class NameSpacingTest {
    @Test
    void aSpaceLostBetweenTwoWordsComesBack() {
        assertThat(NameSpacing.respace("Lê VănƯớc")).isEqualTo("Lê Văn Ước");
        assertThat(NameSpacing.respace("NguyễnVăn An")).isEqualTo("Nguyễn Văn An");
        assertThat(NameSpacing.respace("nguyễnvăn an")).isEqualTo("nguyễn văn an");
    }

    @Test
    void aSpaceInsideAWordOrShiftedIsTakenOut() {
        assertThat(NameSpacing.respace("Lê Văn Ư ớc")).isEqualTo("Lê Văn Ước");
        assertThat(NameSpacing.respace("Nguyễn Thị Á nh")).isEqualTo("Nguyễn Thị Ánh");
        assertThat(NameSpacing.respace("Nguyễn Th ịÁnh")).isEqualTo("Nguyễn Thị Ánh");
        assertThat(NameSpacing.respace("NGUYỄN THỊ Á NH")).isEqualTo("NGUYỄN THỊ ÁNH");
        assertThat(NameSpacing.respace("Trầ nToàn")).isEqualTo("Trần Toàn");
        assertThat(NameSpacing.respace("Do Xua nNhan")).isEqualTo("Do Xuan Nhan");
        assertThat(NameSpacing.respace("Lê Văn Lu ân")).isEqualTo("Lê Văn Luân");
        assertThat(NameSpacing.respace("Lê Phú Ho àng")).isEqualTo("Lê Phú Hoàng");
    }

    @Test
    void wellSpacedNamesAndNamesOfMinoritiesStayAsTheyAre() {
        for (var name : new String[] {"Nguyễn Thị Ánh", "Ksor H'Hen", "Y Bih Êban", "Niê Kdam", "Rơ Mah Thị Hoa",
                "Nguyen Van An", "Hồ Thị Thái Dung", "Nguyễn T. Anh", "Nguyễn Văn An", "nguyễn văn an", "Lê Thị Ánh"}) {
            assertThat(NameSpacing.respace(name)).as(name).isEqualTo(name);
        }
    }
}
