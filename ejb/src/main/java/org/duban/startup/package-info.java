/**
 * What happens once when the application starts, after the schema is migrated: the demo college of the quick start
 * ({@link org.duban.startup.DemoData}, only with {@code -Dduban.demo=true}) or, on an empty production database, one
 * administrator with a one-time password ({@link org.duban.startup.FirstAdministrator}).
 */
package org.duban.startup;
