package io.clearline.extraction.einvoice;

import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Steps through child elements by local name, namespaces ignored: the same CII structure appears
 * under the D16B namespaces of Factur-X / ZUGFeRD 2 / Order-X and the older ones of ZUGFeRD 1.
 * A step may name alternatives ("A|B").
 */
final class Path {

    private Path() {
    }

    static Optional<Element> first(Element from, String... steps) {
        Element at = from;
        for (String step : steps) {
            at = child(at, step);
            if (at == null) {
                return Optional.empty();
            }
        }
        return Optional.of(at);
    }

    static Optional<String> text(Element from, String... steps) {
        return first(from, steps).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
    }

    private static Element child(Element parent, String step) {
        for (String name : step.split("\\|")) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && name.equals(e.getLocalName())) {
                    return e;
                }
            }
        }
        return null;
    }
}
