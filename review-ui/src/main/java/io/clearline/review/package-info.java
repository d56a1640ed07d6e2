/** The review worklist and its web UI for analysts and supervisors: decisions go to governance, thresholds are edited there, the audit log is read there. */
package io.clearline.review;
