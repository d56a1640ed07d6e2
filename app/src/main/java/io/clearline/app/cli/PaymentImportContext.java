package io.clearline.app.cli;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;

/**
 * What {@code import-payments} needs of the service, and no more: the same database selection
 * (embedded or external), Flyway, governance's audit log (its auto-configuration) and extraction's
 * stores. The web layer and its security stay out, so no port is opened and start-up is quicker.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan({"io.clearline.app.database", "io.clearline.extraction"})
@ConfigurationPropertiesScan({"io.clearline.app.database", "io.clearline.extraction"})
class PaymentImportContext {
}
