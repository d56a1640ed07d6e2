package io.clearline.eval.intake;

/** The mailbox figures of the intake report and what they were measured on. */
record MailboxFigures(Long lost, Long duplicated, Double messagesPerSecond, Double corpusAttachmentsFound,
                      int kills, int processedFolder, long rateMessages, double rateSeconds,
                      CorpusMailbox.Result corpus, String arch) {
}
