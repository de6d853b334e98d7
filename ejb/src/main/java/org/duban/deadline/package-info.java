/**
 * The deadline watch as a service: the hourly and start-up trigger, and the scan that reads what is due and writes
 * each notice once (set-based, idempotent). What is due is decided by the domain's {@code DeadlineRules}.
 */
package org.duban.deadline;
