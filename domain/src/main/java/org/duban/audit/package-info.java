/**
 * The audit trail: who did what, when (UTC) and from where — sign-ins, failed sign-ins, refusals and every change an
 * administrator makes. Events are only ever added; nothing in the application updates or deletes them.
 */
package org.duban.audit;
