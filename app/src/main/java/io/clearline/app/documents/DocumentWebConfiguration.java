package io.clearline.app.documents;

import io.clearline.app.problems.ProblemMapping;
import io.clearline.app.problems.ProblemType;
import io.clearline.extraction.documents.DocumentNotFound;
import io.clearline.extraction.documents.DocumentTooLarge;
import io.clearline.extraction.documents.DocumentsProperties;
import io.clearline.extraction.documents.EmptyDocument;
import io.clearline.extraction.documents.UnsupportedDocumentType;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;

/** Upload limits from {@code clearline.documents.*}, and how document errors look to clients. */
@Configuration(proxyBeanMethods = false)
class DocumentWebConfiguration {

    /**
     * The servlet container enforces the same limits while reading the upload, so an oversized file
     * is refused (413 problem) before it is buffered whole.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(DocumentsProperties documents) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(documents.maxSize());
        factory.setMaxRequestSize(documents.maxBatchSize());
        factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
        return factory.createMultipartConfig();
    }

    @Bean
    ProblemMapping documentTooLarge() {
        return ProblemMapping.of(DocumentTooLarge.class, e -> withFile(ProblemType.DOCUMENT_TOO_LARGE.problem(e.getMessage()), e.fileName()));
    }

    @Bean
    ProblemMapping emptyDocument() {
        return ProblemMapping.of(EmptyDocument.class, e -> withFile(ProblemType.EMPTY_DOCUMENT.problem(e.getMessage()), e.fileName()));
    }

    @Bean
    ProblemMapping unsupportedDocumentType() {
        return ProblemMapping.of(UnsupportedDocumentType.class, e -> {
            ProblemDetail p = withFile(ProblemType.UNSUPPORTED_DOCUMENT_TYPE.problem(e.getMessage()), e.fileName());
            p.setProperty("detectedType", e.detectedType());
            p.setProperty("acceptedTypes", e.acceptedTypes());
            return p;
        });
    }

    @Bean
    ProblemMapping documentNotFound() {
        return ProblemMapping.of(DocumentNotFound.class, ProblemType.NOT_FOUND, Throwable::getMessage);
    }

    private static ProblemDetail withFile(ProblemDetail p, String fileName) {
        if (fileName != null) {
            p.setProperty("fileName", fileName);
        }
        return p;
    }
}
