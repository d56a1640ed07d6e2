package io.clearline.eval.extraction;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The PDF attachments a corpus e-mail's expected file lists, in any of the corpus's three formats; read
 * the same way by the extraction eval (parsed e-mails) and the intake eval (e-mails through the mailbox).
 */
public final class ExpectedPdfs {

    private ExpectedPdfs() {
    }

    /** {name, hash} of every PDF the expected file lists; the hash is SHA-256, or SHA-1 in the older format. */
    public static List<String[]> of(JsonNode node) {
        List<String[]> pdfs = new ArrayList<>();
        for (String list : new String[] {"attachments", "expected_files"}) {
            JsonNode items = node.get(list);
            if (items != null && items.isArray()) {
                for (JsonNode a : items) {
                    String name = text(a, "filename") != null ? text(a, "filename") : text(a, "name");
                    boolean pdf = a.has("pdf_magic") ? a.get("pdf_magic").asBoolean()
                            : name != null && name.toLowerCase(Locale.ROOT).endsWith(".pdf");
                    if (pdf && text(a, "sha256") != null) {
                        pdfs.add(new String[] {name, text(a, "sha256")});
                    }
                }
            }
        }
        if (node.has("attachment_sha1_must_include")) {
            JsonNode names = node.get("attachment_names_seen_in_file");
            String name = names != null && names.size() > 0 ? names.get(0).asString() : "attachment";
            pdfs.add(new String[] {name, node.get("attachment_sha1_must_include").asString()});
        }
        return pdfs;
    }

    /** Hex digest of content, for comparing with the listed hashes. */
    public static String hash(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode n, String field) {
        return n.has(field) && !n.get(field).isNull() ? n.get(field).asString() : null;
    }
}
