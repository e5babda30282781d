package vn.sachsong.linkage.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonAndProfileTest {
    @Test
    void parsesNestedValues() {
        var v = (Map<?, ?>) Json.parse("{\"a\": [1, 2.5, \"Hà Nội\\n\"], \"b\": {\"c\": true, \"d\": null}}");
        assertThat(v.get("a")).isEqualTo(List.of(1.0, 2.5, "Hà Nội\n"));
        assertThat(((Map<?, ?>) v.get("b")).get("c")).isEqualTo(true);
        assertThat(((Map<?, ?>) v.get("b")).containsKey("d")).isTrue();
    }

    @Test
    void rejectsBrokenJson() {
        assertThatThrownBy(() -> Json.parse("{\"a\": [1, 2}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("{} x")).hasMessageContaining("after the value");
    }

    @Test
    void profileComparatorsGiveLevels() {
        var p = Profile.parse("""
                {"id": "id", "fields": [
                  {"column": "ten", "comparator": "jaro-winkler", "thresholds": [0.9]},
                  {"column": "ngay_sinh", "comparator": "date"},
                  {"column": "so", "comparator": "levenshtein", "thresholds": [1]}],
                 "blocking": [["ten:2"]], "oneToOne": true}""");
        assertThat(p.oneToOne()).isTrue();
        var name = p.fields().get(0).comparator();
        assertThat(name.level("nguyen", "nguyen")).isZero();
        assertThat(name.level("nguyen", "nguyne")).isEqualTo(1);
        assertThat(name.level("nguyen", "tran")).isEqualTo(2);
        assertThat(name.level("", "tran")).isEqualTo(name.missing());
        var date = p.fields().get(1).comparator();
        assertThat(date.levels().get(date.level("19860314", "19861403"))).isEqualTo("day/month swapped");
        assertThat(p.fields().get(2).comparator().level("5304218", "5304219")).isEqualTo(1);
    }

    @Test
    void unknownComparatorIsNamed() {
        assertThatThrownBy(() -> Profile.parse("{\"id\":\"x\",\"fields\":[{\"column\":\"a\",\"comparator\":\"soundex\"}],"
                + "\"blocking\":[[\"a\"]]}")).hasMessageContaining("soundex");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"fields": [{"column": "a"}], "blocking": [["a"]]}                              | 'id'
            {"id": 3, "fields": [{"column": "a"}], "blocking": [["a"]]}                     | 'id'
            {"id": "k", "blocking": [["a"]]}                                                | 'fields'
            {"id": "k", "fields": [], "blocking": [["a"]]}                                  | 'fields'
            {"id": "k", "fields": ["a"], "blocking": [["a"]]}                               | fields[0]
            {"id": "k", "fields": [{"comparator": "exact"}], "blocking": [["a"]]}           | fields[0]
            {"id": "k", "fields": [{"column": "a", "thresholds": "x"}], "blocking": [["a"]]} | fields[0].thresholds
            {"id": "k", "fields": [{"column": "a"}]}                                        | 'blocking'
            {"id": "k", "fields": [{"column": "a"}], "blocking": ["a"]}                     | blocking[0]
            {"id": "k", "fields": [{"column": "a"}], "blocking": [[]]}                      | blocking[0]
            {"id": "k", "fields": [{"column": "a"}], "blocking": [["a"]], "matchProbability": "high"} | 'matchProbability'
            {"id": "k", "fields": [{"column": "a"}], "blocking": [["a"]], "reviewProbability": 0.95} | probabilities
            {"id": "k", "fields": [{"column": "a"}], "blocking": [["a"]], "oneToOne": "true"} | 'oneToOne'
            {"id": "k", "fields": [{"column": "a"}], "blocking": [["a"]], "onetoone": true}   | unknown key 'onetoone'
            {"id": "k", "fields": [{"column": "a", "comparater": "exact"}], "blocking": [["a"]]} | unknown key 'fields[0].comparater'
            {"id": "k", "fields": [{"column": "a", "thresholds": []}], "blocking": [["a"]]}   | fields[0].thresholds
            {"id": "k", "fields": [{"column": "a", "comparator": "jaro-winkler", "thresholds": [0.8, 0.9]}], "blocking": [["a"]]} | thresholds of 'a'
            {"id": "k", "fields": [{"column": "a", "comparator": "levenshtein", "thresholds": [-1]}], "blocking": [["a"]]} | thresholds of 'a'
            {"id": "k", "fields": [{"column": "a"}], "blocking": [["a:x"]]}                 | 'a:x'
            """)
    void aProfileWithAMissingOrMistypedKeyNamesIt(String json, String named) {
        assertThatThrownBy(() -> Profile.parse(json)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(named);
    }
}
