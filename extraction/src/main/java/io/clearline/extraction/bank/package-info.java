/**
 * Payment-file intake: the bank and EDI files cash application starts from.
 * <p>
 * {@link io.clearline.extraction.bank.PaymentFiles#read(byte[], String, BankFileSettings)} recognises the
 * format from content (BAI2, ISO 20022 camt.052/053/054 versions 01–08, SWIFT MT940/MT942, X12 820),
 * reads the whole file and returns either {@code Accepted} with every incoming credit as a
 * {@link io.clearline.core.receivables.Payment} (remittance lines when the file carries them) or
 * {@code Rejected} with a reason naming the record/line and, for totals, the stated and found figures.
 * Nothing is ever half-read, and no exception escapes for bad input.
 * <p>
 * Decisions worth knowing:
 * <ul>
 * <li>Only credits are payments. Debits stay in {@link io.clearline.extraction.bank.BankStatement}
 *     entries because the control totals and balances are checked over all entries.</li>
 * <li>Payment ids are {@code <format>-<first 16 hex of the file's SHA-256>-<position>}: the same bytes
 *     always give the same ids, so a second import of the same file can be recognised and ignored.
 *     The same payment reported in two different files (a camt.054 and the day's camt.053) gets two
 *     ids; recognising that is storage's job, using the bank reference kept in the reference text.</li>
 * <li>Totals that do not agree reject the file unless {@code rejectOnTotalsMismatch} is false, in
 *     which case each disagreement becomes a warning on an accepted file.</li>
 * <li>BAI2: a blank 49 account control total is read as "not stated" (a warning), not as zero and not as
 *     a mismatch: the bank left the field empty, and the 98 group and 99 file totals, which are always
 *     checked against the records, still cover the account's amounts.</li>
 * <li>MT940: RC (reversal of credit) is a debit and RD a credit, as SWIFT defines them; statement
 *     balances only add up that way. Files that are not UTF-8 are read as ISO-8859-1 with a warning,
 *     since European banks deliver them so; BAI2 and X12 must be ASCII/UTF-8.</li>
 * <li>camt: XML is parsed by a hardened StAX reader that refuses any DOCTYPE before an entity can be
 *     declared, so XXE and entity-expansion bombs are rejected at once.</li>
 * <li>X12: the envelope (ISA/IEA, GS/GE, ST/SE counts and control numbers) is checked before anything
 *     else; transaction sets other than 820 are refused, since this is payment intake.</li>
 * </ul>
 */
package io.clearline.extraction.bank;
