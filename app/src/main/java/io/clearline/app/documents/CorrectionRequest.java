package io.clearline.app.documents;

import tools.jackson.databind.JsonNode;

/**
 * An analyst's correction: the field's name as the extraction contract spells it, the right value
 * (text, a number for amounts, an ISO date) and, for a line-item field, the line's index.
 */
record CorrectionRequest(String field, JsonNode value, Integer line) {

    /** Numbers are taken as written (1234.50 stays 1234.50); null when absent. */
    String textValue() {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isNumber() ? value.decimalValue().toPlainString() : value.isValueNode() ? value.asString()
                : value.toString();
    }
}
