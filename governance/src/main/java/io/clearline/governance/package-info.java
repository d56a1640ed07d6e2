/** The one gateway for every state change: action proposals, versioned policies, maker-checker approvals, idempotent dispatch to module handlers, and the append-only hash-chained audit log. */
package io.clearline.governance;
