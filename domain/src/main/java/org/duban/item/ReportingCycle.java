package org.duban.item;

/** How often the unit reports progress when the item asks for periodic reports. */
public enum ReportingCycle {
    NONE, WEEKLY, MONTHLY, QUARTERLY
}
