/**
 * Calendar feeds (日历订阅): each person's deadlines, milestones and progress-report days as an iCalendar feed
 * (RFC 5545) at a secret address that the person can renew, for Outlook, WPS and phone calendars.
 */
package org.duban.calendarfeed;
