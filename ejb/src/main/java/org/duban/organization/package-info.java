/**
 * People and units as services: who is calling ({@link org.duban.organization.Callers}), signing in with a local
 * password or the college directory (throttled, recorded), changing one's password, and the administrator's units,
 * accounts and their whole-file import.
 */
package org.duban.organization;
