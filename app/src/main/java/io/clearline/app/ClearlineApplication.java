package io.clearline.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication(scanBasePackages = "io.clearline")
@ConfigurationPropertiesScan("io.clearline")
public class ClearlineApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClearlineApplication.class, args);
    }
}
