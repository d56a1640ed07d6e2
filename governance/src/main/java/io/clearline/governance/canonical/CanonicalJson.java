package io.clearline.governance.canonical;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * One exact JSON text per value, so that hashes never depend on a serializer's defaults:
 * object members sorted by key (UTF-16 code units, as RFC 8785), no whitespace, strings escaped
 * only where JSON requires it ({@code "}, backslash, control characters; as lower-case six-character unicode escapes),
 * integers in plain decimal, decimals as plain text with trailing zeros stripped (1.50 and 1.5 are
 * one value), explicit {@code null}. Written by hand on purpose: see docs/adr/001-audit-hash-chain.md.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** Strings, numbers, booleans, null, {@code Map<String, ?>}, {@code List<?>} and Jackson trees. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof JsonNode node) {
            appendNode(out, node);
        } else if (value instanceof CharSequence s) {
            appendString(out, s.toString());
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof BigDecimal d) {
            appendDecimal(out, d);
        } else if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            appendObject(out, sorted);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("no canonical JSON form for " + value.getClass().getName());
        }
    }

    private static void appendNode(StringBuilder out, JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                sorted.put(e.getKey(), e.getValue());
            }
            appendObject(out, sorted);
        } else if (node.isArray()) {
            append(out, List.copyOf(node.values()));
        } else if (node.isString()) {
            appendString(out, node.stringValue());
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
        } else if (node.isNumber()) {
            appendDecimal(out, node.decimalValue());
        } else {
            throw new IllegalArgumentException("no canonical JSON form for node type " + node.getNodeType());
        }
    }

    private static void appendObject(StringBuilder out, TreeMap<String, Object> sorted) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, e.getKey());
            out.append(':');
            append(out, e.getValue());
        }
        out.append('}');
    }

    private static void appendDecimal(StringBuilder out, BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        out.append(stripped.signum() == 0 ? "0" : stripped.toPlainString());
    }

    static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
