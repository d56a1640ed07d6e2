package io.clearline.extraction.bank.camt;

import io.clearline.extraction.bank.BankFileException;
import io.clearline.extraction.bank.BankFileFormat;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses untrusted XML into an {@link XmlNode} tree with the JDK's StAX parser, hardened: DTDs are
 * not supported, external entities are off, and any DOCTYPE is refused as soon as it is seen, before
 * an entity could be declared or expanded. So an XXE probe or a billion-laughs bomb is rejected in
 * microseconds instead of being resolved or expanded. Element count and depth are bounded too.
 */
final class SafeXml {

    private static final int MAX_DEPTH = 64;

    private SafeXml() {
    }

    static XmlNode parse(byte[] bytes, BankFileFormat format, int maxElements) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            Deque<XmlNode> stack = new ArrayDeque<>();
            XmlNode root = null;
            int elements = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new BankFileException(format,
                            "XML contains a DOCTYPE declaration (line " + reader.getLocation().getLineNumber()
                                    + "); DTDs and entities are refused in payment files");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new BankFileException(format,
                            "XML references an undeclared entity '&" + reader.getLocalName() + ";' (line "
                                    + reader.getLocation().getLineNumber() + ")");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > maxElements || stack.size() >= MAX_DEPTH) {
                            throw new BankFileException(format, "XML too large or too deep (over " + maxElements
                                    + " elements or " + MAX_DEPTH + " levels)");
                        }
                        Map<String, String> attributes = new HashMap<>();
                        for (int a = 0; a < reader.getAttributeCount(); a++) {
                            attributes.put(reader.getAttributeLocalName(a), reader.getAttributeValue(a));
                        }
                        XmlNode node = new XmlNode(reader.getLocalName(), attributes);
                        if (stack.isEmpty()) {
                            root = node;
                        } else {
                            stack.peek().children.add(node);
                        }
                        stack.push(node);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!stack.isEmpty()) {
                            stack.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.pop();
                    default -> {
                    }
                }
            }
            if (root == null || !stack.isEmpty()) {
                throw new BankFileException(format, "XML document is incomplete (truncated?)");
            }
            return root;
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber();
            throw new BankFileException(format, "XML is not well-formed" + where + ": " + firstLine(e.getMessage()));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release for an in-memory stream
                }
            }
        }
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException ignored) {
            // not every StAX implementation knows the JAXP 1.5 properties; DTDs are off regardless
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String m = message.replaceAll("\\s+", " ").strip();
        int idx = m.indexOf("Message: ");
        return idx >= 0 ? m.substring(idx + 9) : m;
    }
}
