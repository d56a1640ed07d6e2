package io.clearline.extraction.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import io.clearline.extraction.reading.FileKind;
import org.apache.poi.hmef.HMEFMessage;
import org.apache.poi.hmef.attribute.MAPIAttribute;
import org.apache.poi.hmef.attribute.TNEFAttribute;
import org.apache.poi.hmef.attribute.TNEFProperty;
import org.apache.poi.hsmf.datatypes.MAPIProperty;

/**
 * The files inside a TNEF stream (Outlook's winmail.dat). Outlook stores a file either as the TNEF
 * attachment-data attribute or only as the MAPI property PR_ATTACH_DATA_OBJ; Tika reads just the
 * first, so both are read here (POI HMEF).
 */
final class Tnef {

    /** TNEF streams start with this signature, little-endian 0x223E9F78. */
    private static final byte[] SIGNATURE = {0x78, (byte) 0x9F, 0x3E, 0x22};

    private Tnef() {
    }

    static boolean is(byte[] content) {
        if (content.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (content[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    static List<Attachment> attachments(byte[] content, int depth) throws IOException {
        HMEFMessage message;
        try {
            message = new HMEFMessage(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            throw new IOException("unreadable TNEF stream: " + e.getMessage(), e);
        }
        List<Attachment> files = new ArrayList<>();
        for (org.apache.poi.hmef.Attachment a : message.getAttachments()) {
            byte[] data = data(a);
            if (data == null) {
                continue;
            }
            String name = a.getLongFilename() != null ? a.getLongFilename() : a.getFilename();
            files.add(new Attachment(name == null ? "attachment-" + (files.size() + 1) : name,
                    FileKind.of(data).mediaType(), data, depth));
        }
        return files;
    }

    private static byte[] data(org.apache.poi.hmef.Attachment a) {
        TNEFAttribute tnef = a.getAttribute(TNEFProperty.ID_ATTACHDATA);
        if (tnef != null && tnef.getData().length > 0) {
            return tnef.getData();
        }
        MAPIAttribute mapi = a.getMAPIAttribute(MAPIProperty.ATTACH_DATA);
        return mapi == null || mapi.getData().length == 0 ? null : mapi.getData();
    }
}
