package io.clearline.extraction.documents;

/** Where the original customer of an e-mail was read from. */
public enum CustomerSource {
    /** Not forwarded: the customer is the sender. */
    SENDER,
    /** The forward carried the original as an attached message (message/rfc822). */
    ATTACHED_MESSAGE,
    /** Gmail's "---------- Forwarded message ---------" block in the text. */
    GMAIL_FORWARD,
    /** Outlook's "From: … Sent: …" block in the text. */
    OUTLOOK_FORWARD,
    /** A "-----Original Message-----" block in the text. */
    ORIGINAL_MESSAGE,
    /** The message could not be read as MIME (e.g. an Outlook .msg). */
    UNKNOWN
}
