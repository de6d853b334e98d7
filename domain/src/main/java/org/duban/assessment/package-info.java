/**
 * The yearly assessment of departments (第四条): the administrator's scoring rules, and periods whose unit scores
 * and written opinions are frozen when the office closes them.
 */
package org.duban.assessment;
