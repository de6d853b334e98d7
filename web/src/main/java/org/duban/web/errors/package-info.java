/**
 * What a user sees when something goes wrong: a page (or, for ajax, a dialog) with an error id to quote to the IT
 * department, never a stack trace; the details go to the server log under the same id. Refused addresses (403)
 * are recorded in the audit trail.
 */
package org.duban.web.errors;
