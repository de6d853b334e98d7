/**
 * The deadline watch's rules (DESIGN.md, "Deadline watch"), as plain code over the working-day calendar and the
 * administrator's thresholds: which notice is due for a deadline, a milestone, a receipt or a progress report, the
 * day it is keyed to (so it is sent once), the repeat slot of overdue reminders, when to escalate, and that routine
 * notices and escalation go out on working days only. The server's scan only reads and writes what these rules say.
 */
package org.duban.deadline;
