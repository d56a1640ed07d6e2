package io.clearline.classification.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys stored in the slot (short, chars 1–255) and in the key array (the rest) are found, and only they. */
class VocabularyTest {

    private static final List<String> NAMES = List.of("c:abc", "c: ab", "c:abcdefg", "c:abcdefgh", "c:abcdef",
            "w:straße", "w:東京", "c:ab\u0000", "c:\u0100ab", "w2:freight_damaged", "x:rule_signals=PO_SEEN_BEFORE",
            "w:ÿÿÿÿÿÿÿ", "w:ÿÿÿÿÿÿÿÿ", "c:a", "w:a", "w3:a_b_c");

    @Test
    void everyNameIsFoundAtItsRankAndColumnAndNearMissesAreNot() {
        Vocabulary v = Vocabulary.of(NAMES);
        List<String> sorted = new ArrayList<>(NAMES);
        sorted.sort(null);
        for (String name : NAMES) {
            int rank = v.rank(name);
            assertThat(rank).as(name).isEqualTo(sorted.indexOf(name));
            assertThat(v.name(rank)).isEqualTo(name);
            assertThat(v.column(rank)).isEqualTo(NAMES.indexOf(name));
            assertThat(v.isContext(rank)).isEqualTo(name.startsWith("x:"));
            char[] chars = name.substring(name.indexOf(':') + 1).toCharArray();
            int prefix = v.prefix(name.substring(0, name.indexOf(':') + 1));
            assertThat(v.rank(prefix, chars, 0, chars.length)).isEqualTo(rank);
        }
        for (String missing : List.of("c:ab", "c:abcd", "c:abcdefghi", "c:abcdeff", "w:strasse", "w:東", "c:ab",
                "c:\u0101ab", "w:ÿÿÿÿÿÿ", "w:ÿÿÿÿÿÿÿÿÿ", "w2:a", "c:b", "x:rule_signals=PO_SEEN", "w:abc", "q:abc")) {
            assertThat(v.rank(missing)).as(missing).isEqualTo(-1);
        }
    }

    @Test
    void packedKeysAreZeroWhenTheyDoNotFitAndDistinctWhenTheyDo() {
        char[] abc = "abcdefgh".toCharArray();
        assertThat(Vocabulary.packed(1, abc, 0, 7)).isNotZero();
        assertThat(Vocabulary.packed(1, abc, 0, 8)).isZero();
        assertThat(Vocabulary.packed(1, "a\u0100".toCharArray(), 0, 2)).isZero();
        assertThat(Vocabulary.packed(1, "a\u0000".toCharArray(), 0, 2)).isZero();
        assertThat(Vocabulary.packed(256, abc, 0, 2)).isZero();
        assertThat(Vocabulary.packed(1, abc, 0, 2)).isNotEqualTo(Vocabulary.packed(2, abc, 0, 2))
                .isNotEqualTo(Vocabulary.packed(1, abc, 0, 3)).isNotEqualTo(Vocabulary.packed(1, abc, 1, 2));
        // built char by char as the n-gram loop does, the same key
        long key = Vocabulary.pack(0, 0, (char) 3);
        for (int i = 0; i < 5; i++) {
            key = Vocabulary.pack(key, i + 1, abc[i]);
        }
        assertThat(key).isEqualTo(Vocabulary.packed(3, abc, 0, 5));
    }
}
