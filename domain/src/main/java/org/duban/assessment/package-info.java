/**
 * The yearly assessment of units (第四条): the administrator's scoring rules, periods whose unit scores and written
 * opinions are frozen when the director closes them, and the notices of criticism (通报) that cite items and units.
 */
package org.duban.assessment;
