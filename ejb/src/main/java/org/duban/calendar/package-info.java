/** Keeping and reading the working-day calendar, including the import of a year's holiday list. */
package org.duban.calendar;
