/** The calendar feed's address (a servlet a calendar program fetches) and the page where a person renews it. */
package org.duban.web.calendar;
