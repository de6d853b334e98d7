package org.duban.item;

/** The five ways of urging of 第七条. */
public enum UrgingMethod {
    PHONE, LETTER, INTERVIEW, MEETING, ON_SITE
}
