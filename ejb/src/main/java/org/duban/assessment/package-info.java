/**
 * The assessment (第四条): per unit, category or leader in charge and per period, the figures the office's
 * supervision records give — each one traceable to the items behind it.
 */
package org.duban.assessment;
