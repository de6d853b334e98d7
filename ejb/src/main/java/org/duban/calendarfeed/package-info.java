/**
 * Calendar feeds: a person's secret address made and renewed ({@link org.duban.calendarfeed.CalendarFeeds#renew}),
 * the address's holder found for a request that brings it, and the days the feed shows, under the access rules of
 * the person's own lists.
 */
package org.duban.calendarfeed;
