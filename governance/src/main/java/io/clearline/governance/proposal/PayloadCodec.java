package io.clearline.governance.proposal;

import io.clearline.governance.InvalidPayload;
import io.clearline.governance.canonical.CanonicalJson;
import io.clearline.governance.canonical.Sha256;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns whatever a proposer sent into the kind's payload record (unknown fields refused, Bean
 * Validation applied), and that record into canonical JSON and its SHA-256: the form that is
 * stored, hashed, compared on replays and read back by the handler.
 */
public final class PayloadCodec {

    /** The checked payload, its canonical JSON and the hash of that JSON. */
    public record Canonical(Object value, String json, String hash) {
    }

    private final JsonMapper mapper;
    private final Validator validator;

    /** @param validator may be null when no Bean Validation provider is present */
    public PayloadCodec(JsonMapper mapper, Validator validator) {
        this.mapper = mapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // decimals must not pass through double on their way to the hash
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        this.validator = validator;
    }

    public Canonical canonical(Object payload, Class<?> type) {
        if (payload == null) {
            throw new InvalidPayload("payload is required");
        }
        Object typed = read(payload, type);
        validate(typed);
        JsonNode tree = mapper.valueToTree(typed);
        String json = CanonicalJson.write(tree);
        return new Canonical(typed, json, Sha256.hex(json));
    }

    /** Reads a stored payload back for its handler. */
    public <P> P read(String json, Class<P> type) {
        return type.cast(read((Object) json, type));
    }

    /** Canonical form of JSON text, e.g. of a payload as PostgreSQL's jsonb hands it back. */
    public String canonicalText(String json) {
        return CanonicalJson.write(mapper.readTree(json));
    }

    public <T> T readJson(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    public String writeJson(Object value) {
        return mapper.writeValueAsString(value);
    }

    private Object read(Object payload, Class<?> type) {
        try {
            if (type.isInstance(payload)) {
                return payload;
            }
            if (payload instanceof String text) {
                return mapper.readValue(text, type);
            }
            return mapper.convertValue(payload, type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidPayload("payload is not a valid " + type.getSimpleName() + ": " + rootMessage(e));
        }
    }

    private void validate(Object typed) {
        if (validator == null) {
            return;
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(typed);
        if (!violations.isEmpty()) {
            List<String> errors = violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted(Comparator.naturalOrder())
                    .toList();
            throw new InvalidPayload("payload is invalid: " + String.join("; ", errors), errors);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t instanceof JacksonException je ? je.getOriginalMessage() : t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
