package vn.sachsong.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyllableTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Nguyễn", "Văn", "Hùng", "quý", "Quỳnh", "quân", "quen", "quốc", "giá", "gì", "giêng",
        "giữa", "khuya", "khuyết", "hoàng", "hòa", "hoà", "thủy", "Trường", "người", "nghiêng",
        "oanh", "ĐẶNG", "Ước", "xoong", "a", "ý", "Minh", "Bắc", "Lạc", "Anh", "Nguyen",
    })
    void acceptsRealSyllables(String word) {
        assertThat(Syllable.isValid(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Nguyeón", "Vaờn", "Huứng", "Hµ", "Smith", "Brien", "John", "café", "Mỹller", "Nộị",
        "bàc", "hỏp", "V", "n", "xyz", "ẹg", "hoạnguyen", "Marớa",
    })
    void rejectsGarbageAndForeignWords(String word) {
        assertThat(Syllable.isValid(word)).isFalse();
    }
}
