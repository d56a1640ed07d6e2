/** Cash application: payer identification, candidate invoices, reference and amount matching (discounts, short pays, deductions, many-to-many), calibrated scoring, explanations. */
package io.clearline.matching;
