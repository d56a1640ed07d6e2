package io.clearline.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "io.clearline")
public class ClearlineApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClearlineApplication.class, args);
    }
}
