/** The evaluation harness and benchmarks: accuracy and speed of extraction, classification, matching; writes eval/reports/*.md and *.json. */
package io.clearline.eval;
