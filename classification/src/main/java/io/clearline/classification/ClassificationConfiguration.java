package io.clearline.classification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the {@link Classifiers} service from {@code clearline.classification.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClassificationProperties.class)
public class ClassificationConfiguration {

    @Bean(destroyMethod = "close")
    Classifiers classifiers(ClassificationProperties properties) {
        return Classifiers.fromClasspath(properties);
    }
}
