/** The inbox of notices, their creation exactly once, their texts, and one e-mail digest a day. */
package org.duban.notification;
