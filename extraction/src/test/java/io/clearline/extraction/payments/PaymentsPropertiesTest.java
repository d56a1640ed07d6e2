package io.clearline.extraction.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearline.extraction.bank.BankFileSettings;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class PaymentsPropertiesTest {

    @Test
    void defaultsRejectMismatchesAndMapToTheParsersSettings() {
        BankFileSettings settings = PaymentsProperties.defaults().toSettings();

        assertThat(settings.rejectOnTotalsMismatch()).isTrue();
        assertThat(settings.maxFileBytes()).isEqualTo(50 * 1024 * 1024);
        assertThat(settings.maxRecords()).isEqualTo(BankFileSettings.defaults().maxRecords());
        assertThat(new PaymentsProperties(false, DataSize.ofKilobytes(2), null).toSettings())
                .isEqualTo(new BankFileSettings(false, 2048, BankFileSettings.defaults().maxRecords()));
    }

    @Test
    void refusesSizesTheParsersCannotHonour() {
        assertThatThrownBy(() -> new PaymentsProperties(true, DataSize.ofBytes(0), null))
                .hasMessageContaining("max-file-size");
        assertThatThrownBy(() -> new PaymentsProperties(true, DataSize.ofGigabytes(3), null))
                .hasMessageContaining("max-file-size");
    }
}
