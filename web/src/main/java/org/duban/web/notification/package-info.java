/** The in-app inbox of notices. */
package org.duban.web.notification;
