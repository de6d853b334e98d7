/** Notices to people: reminders, warnings, escalations and hand-offs, each kept once under a unique key. */
package org.duban.notification;
