package io.clearline.matching.amount;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunSearchTest {

    private static final long[] VALUES = {100, 230, 410, 555, 720, 980};

    @Test
    void aWindowOfConsecutiveValuesIsARun() {
        RunSearch.Found f = new RunSearch(VALUES, 8, 8).solve(410 + 555 + 720, 0, 3);
        assertThat(f.runs()).singleElement().satisfies(r -> {
            assertThat(r.gapped()).isFalse();
            assertThat(r.indexes()).containsExactly(2, 3, 4);
        });
        assertThat(f.gapped()).isEmpty();
    }

    @Test
    void aWindowWithOneBlockLeftOutIsAGappedRun() {
        RunSearch.Found f = new RunSearch(VALUES, 8, 8).solve(230 + 410 + 720 + 980, 0, 3);
        assertThat(f.runs()).isEmpty();
        assertThat(f.gapped()).singleElement().satisfies(r -> assertThat(r.indexes()).containsExactly(1, 2, 4, 5));
    }

    @Test
    void aCombinationWithTwoGapsIsNoRun() {
        assertThat(new RunSearch(VALUES, 8, 8).solve(100 + 410 + 720, 0, 3).isEmpty()).isTrue();
    }

    @Test
    void theCapsBoundTheRunAndTheGap() {
        long all = 100 + 230 + 410 + 555 + 720 + 980;
        assertThat(new RunSearch(VALUES, 6, 8).solve(all, 0, 3).runs()).hasSize(1);
        assertThat(new RunSearch(VALUES, 5, 8).solve(all, 0, 3).isEmpty()).isTrue();
        // 100 + 980 leaves four out between them
        assertThat(new RunSearch(VALUES, 8, 4).solve(1080, 0, 3).gapped()).hasSize(1);
        assertThat(new RunSearch(VALUES, 8, 3).solve(1080, 0, 3).isEmpty()).isTrue();
    }

    @Test
    void toleranceAndCreditMemosCount() {
        long[] withCredit = {500, -50, 300};
        assertThat(new RunSearch(withCredit, 8, 8).solve(751, 1, 3).runs()).singleElement()
                .satisfies(r -> assertThat(r.indexes()).containsExactly(0, 1, 2));
        assertThat(new RunSearch(withCredit, 8, 8).solve(753, 1, 3).isEmpty()).isTrue();
    }
}
