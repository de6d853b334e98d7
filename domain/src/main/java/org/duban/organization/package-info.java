/**
 * The organization: units of the college, accounts that sign in, the roles they hold, the password rule, and the
 * {@link org.duban.organization.Caller} — a signed-in person as the rules see them.
 */
package org.duban.organization;
