/** The administrator's settings, read by the deadline watch and the lists. */
package org.duban.settings;
