/**
 * What the application stands on: the data source (embedded Derby by default), schema migrations at start-up, the
 * clock, and the demo data switched on by {@code -Dduban.demo=true}.
 */
package org.duban.support;
