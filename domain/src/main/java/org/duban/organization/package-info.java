/** The organization: units of the college, accounts that sign in, and the roles they hold. */
package org.duban.organization;
