package io.clearline.app.classification;

import io.clearline.app.apikeys.ApiKeys;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts {@link ClassificationFastPath} first of all servlet filters, ahead of observation and Spring
 * Security; {@code clearline.classification-api.fast-path=false} leaves it out.
 */
@Configuration(proxyBeanMethods = false)
class ClassificationFastPathRegistration {

    @Bean
    FilterRegistrationBean<ClassificationFastPath> classificationFastPath(ApiKeys keys, ClassificationAnswers answers,
            JsonMapper json, ClassificationApiProperties properties, MeterRegistry meters) {
        FilterRegistrationBean<ClassificationFastPath> registration = new FilterRegistrationBean<>(
                new ClassificationFastPath(keys, answers, json, properties.maxRequestSize().toBytes(), meters));
        registration.addUrlPatterns(RequestSizeLimit.PATH + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(properties.fastPath());
        return registration;
    }
}
