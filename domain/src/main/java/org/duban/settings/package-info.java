/** The administrator's settings: thresholds of the deadline watch and other installation-wide choices. */
package org.duban.settings;
