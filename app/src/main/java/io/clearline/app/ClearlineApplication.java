package io.clearline.app;

import io.clearline.app.database.EarlyEmbeddedDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication(scanBasePackages = "io.clearline")
@ConfigurationPropertiesScan("io.clearline")
public class ClearlineApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(ClearlineApplication.class);
        app.addInitializers(new EarlyEmbeddedDatabase());
        app.run(args);
    }
}
