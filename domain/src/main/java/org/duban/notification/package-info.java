/** Notices to people: reminders, warnings and escalations, each kept once under a unique key. */
package org.duban.notification;
