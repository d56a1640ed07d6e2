package io.clearline.extraction.bank.camt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A minimal element tree (local names only), enough to walk camt messages by path. */
final class XmlNode {

    final String name;
    final Map<String, String> attributes;
    final List<XmlNode> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    XmlNode(String name, Map<String, String> attributes) {
        this.name = name;
        this.attributes = attributes;
    }

    /** The first descendant at a '/'-separated path of child names, if any. */
    Optional<XmlNode> at(String path) {
        XmlNode node = this;
        for (String step : path.split("/")) {
            XmlNode next = null;
            for (XmlNode c : node.children) {
                if (c.name.equals(step)) {
                    next = c;
                    break;
                }
            }
            if (next == null) {
                return Optional.empty();
            }
            node = next;
        }
        return Optional.of(node);
    }

    List<XmlNode> all(String name) {
        return children.stream().filter(c -> c.name.equals(name)).toList();
    }

    /** Text at a path, trimmed; empty when absent. */
    String text(String path) {
        return at(path).map(n -> n.text.toString().strip()).orElse("");
    }

    String ownText() {
        return text.toString().strip();
    }

    /** The first non-empty text among several alternative paths (camt versions move elements around). */
    String firstText(String... paths) {
        for (String p : paths) {
            String t = text(p);
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }
}
