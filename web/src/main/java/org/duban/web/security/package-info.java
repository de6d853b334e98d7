/** Signing in and out: Jakarta Security configuration, the database identity store and the login page's bean. */
package org.duban.web.security;
