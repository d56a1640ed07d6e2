package io.clearline.extraction.bank.mt940;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits MT940/MT942 text into tagged fields. Handles SWIFT envelopes ({@code {1:…}{2:…}{4: … -}}),
 * bare bank exports without them, header lines before the first tag, and fields wrapped over lines.
 */
final class SwiftTags {

    record Tag(String name, String value, int line) {
    }

    private static final Pattern BLOCK4 = Pattern.compile("\\{4:(.*?)(?:-\\}|\\z)", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("^:(\\d\\d[A-Z]?|NS):(.*)$");

    private SwiftTags() {
    }

    static List<Tag> read(String text, int maxTags) {
        StringBuilder body = new StringBuilder();
        if (text.contains("{4:")) {
            Matcher m = BLOCK4.matcher(text);
            while (m.find()) {
                body.append(m.group(1)).append('\n');
            }
        } else {
            body.append(text);
        }
        List<Tag> tags = new ArrayList<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        int start = 0;
        String[] lines = body.toString().split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            Matcher m = TAG.matcher(line);
            if (m.matches()) {
                if (name != null) {
                    tags.add(new Tag(name, value.toString(), start));
                }
                if (tags.size() >= maxTags) {
                    throw new IllegalStateException("more than " + maxTags + " fields");
                }
                name = m.group(1);
                value.setLength(0);
                value.append(m.group(2));
                start = i + 1;
            } else if (line.equals("-") || line.equals("-}")) {
                if (name != null) {
                    tags.add(new Tag(name, value.toString(), start));
                }
                name = null;
                value.setLength(0);
            } else if (name != null && !line.isBlank()) {
                value.append('\n').append(line);
            }
        }
        if (name != null) {
            tags.add(new Tag(name, value.toString(), start));
        }
        return tags;
    }
}
