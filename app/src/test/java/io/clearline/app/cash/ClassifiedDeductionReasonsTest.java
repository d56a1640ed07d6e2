package io.clearline.app.cash;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.classification.ClassificationProperties;
import io.clearline.classification.Classifiers;
import io.clearline.core.exception.ExceptionCategory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The matcher's deduction-reason port answered by the shipped classifier, with the keyword rules behind it. */
class ClassifiedDeductionReasonsTest {

    private static Classifiers classifiers;
    private static ClassifiedDeductionReasons reasons;

    @BeforeAll
    static void model() {
        classifiers = Classifiers.fromClasspath(ClassificationProperties.defaultsOnly());
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("classifiers", classifiers);
        reasons = new ClassifiedDeductionReasons(beans.getBeanProvider(Classifiers.class));
    }

    @AfterAll
    static void close() {
        classifiers.close();
    }

    @Test
    void aDeductionMemoGetsTheClassifiersReason() {
        assertThat(reasons.reasonFor("deducted 120.00 for freight charges billed in error"))
                .hasValueSatisfying(r -> {
                    assertThat(r.taxonomy()).isEqualTo(ExceptionCategory.DEDUCTION_REASONS);
                    assertThat(r.code()).isEqualTo("FREIGHT");
                });
        assertThat(reasons.reasonFor("short paid: 3 cartons damaged on arrival")).map(ExceptionCategory::code)
                .hasValue("DAMAGED");
    }

    @Test
    void aMemoWithoutAReasonStaysAPartialPayment() {
        assertThat(reasons.reasonFor("payment for invoice 10452, thank you")).isEmpty();
        assertThat(reasons.reasonFor(" ")).isEmpty();
    }

    @Test
    void withoutAClassifierTheKeywordRulesAnswer() {
        ClassifiedDeductionReasons rulesOnly = new ClassifiedDeductionReasons(
                new StaticListableBeanFactory().getBeanProvider(Classifiers.class));
        assertThat(rulesOnly.reasonFor("short paid: 3 cartons damaged on arrival")).map(ExceptionCategory::code)
                .hasValue("DAMAGED_GOODS");
    }
}
