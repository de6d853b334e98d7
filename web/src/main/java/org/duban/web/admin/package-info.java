/** The administrator's screens: settings and the working-day calendar. */
package org.duban.web.admin;
