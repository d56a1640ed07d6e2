/** Shared vocabulary: Money (exact decimal + currency), identifiers, Confidence, extracted fields with provenance, and the shapes of invoices, payments, remittances, purchase orders and proofs of delivery. No Spring, no I/O. */
package io.clearline.core;
