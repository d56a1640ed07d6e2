package io.clearline.extraction.corrections;

import io.clearline.core.document.DocumentType;
import io.clearline.extraction.fields.Kind;
import io.clearline.extraction.fields.Schema;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A stored result (the CLI's JSON shape) as a tree, and what the corrections need to know of it. */
final class ResultTree {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultTree() {
    }

    static ObjectNode parse(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    static DocumentType type(JsonNode tree) {
        try {
            return DocumentType.valueOf(tree.path("document_type").asString("OTHER"));
        } catch (IllegalArgumentException e) {
            return DocumentType.OTHER;
        }
    }

    /** The field of a document ({@code line} null) or of one line item; missing when not extracted. */
    static JsonNode field(JsonNode tree, String field, Integer line) {
        JsonNode holder = line == null ? tree.path("fields") : tree.path("lines").path(line);
        return holder.path(field);
    }

    /** Its value as text, empty when the field was not extracted. */
    static Optional<String> text(JsonNode tree, String field, Integer line) {
        JsonNode value = field(tree, field, line).path("value");
        return value.isMissingNode() || value.isNull() ? Optional.empty()
                : Optional.of(value.isValueNode() ? value.asString() : value.toString());
    }

    /** The kind of a field of this type, empty when the type has no such field. */
    static Optional<Kind> kind(DocumentType type, String field, boolean lineItem) {
        Schema schema = Schema.of(type);
        return Optional.ofNullable(lineItem ? schema.columns().get(field) : schema.fields().get(field));
    }
}
