/** The inbox of notices, and their creation exactly once. */
package org.duban.notification;
