package io.clearline.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearline.core.money.Money;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class GovernanceConfigurationTest {

    @Test
    void bindsPolicyDefaultsPerKind() {
        GovernanceProperties p = bind(Map.of(
                "clearline.governance.policies[0].kind", "cash.apply",
                "clearline.governance.policies[0].auto-approve-min-confidence", "0.95",
                "clearline.governance.policies[0].auto-approve-max-amount", "5000.00",
                "clearline.governance.policies[0].currency", "EUR",
                "clearline.governance.policies[0].reject-below-confidence", "0.2"));

        assertThat(p.defaults()).containsExactly(
                Map.entry("cash.apply", new PolicyRules(0.95, Money.of("5000.00", "EUR"), 0.2)));
    }

    @Test
    void withoutConfigurationNotesAutoApproveWhenConfident() {
        assertThat(new GovernanceProperties(null).defaults())
                .containsExactly(Map.entry(AttachNote.KIND, new PolicyRules(0.9, null, null)));
    }

    @Test
    void invalidDefaultsFailAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of(
                "clearline.governance.policies[0].kind", "cash.apply",
                "clearline.governance.policies[0].auto-approve-max-amount", "5000.00")))
                .isInstanceOf(BindException.class).hasStackTraceContaining("go together");
        assertThatThrownBy(() -> bind(Map.of(
                "clearline.governance.policies[0].kind", "cash.apply",
                "clearline.governance.policies[0].auto-approve-min-confidence", "1.2")))
                .isInstanceOf(BindException.class).hasStackTraceContaining("within [0, 1]");
    }

    @Test
    void backsOffWithoutADatabase() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(GovernanceConfiguration.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(ActionGateway.class);
                });
    }

    private static GovernanceProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("clearline.governance", GovernanceProperties.class);
    }
}
