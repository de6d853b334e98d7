/**
 * What a user sees when something is refused or goes wrong. A refusal (a service's rule or the caller's role) is no
 * error: the same page says why, beside the input concerned, and keeps what was typed ({@link
 * org.duban.web.errors.RefusalsFactory}); a refused download is a 403 or 404. Anything else is a page (or, for ajax,
 * a dialog) with an error id to quote to the IT department, never a stack trace; the details go to the server log
 * under the same id. Refused roles and addresses (403) are recorded in the audit trail. While the database cannot be
 * reached, every request gets a page that says so (503, {@link org.duban.web.errors.UnavailablePage}) instead.
 */
package org.duban.web.errors;
