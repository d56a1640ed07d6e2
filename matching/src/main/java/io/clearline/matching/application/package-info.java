/**
 * Cash application as a service: customers and open items persisted in {@code matching.*}, one
 * {@link io.clearline.matching.CashMatcher} kept in step with them, matches proposed through the
 * governance gateway as {@code cash.apply} and applied by {@link io.clearline.matching.application.ApplyCashHandler}.
 */
package io.clearline.matching.application;
