/**
 * Recording the audit trail (sign-ins, failures, refusals, administrators' changes) and reading it back for the
 * administrator. Entries are written in their own transaction, so a refused or failed action is still recorded.
 */
package org.duban.audit;
