package org.duban.item;

/** What an item is about: the eight kinds of 第五条. */
public enum Category {
    POLICY, DEPLOYMENT, INSTRUCTION, MEETING, PLAN, DOCUMENT, PETITION, OTHER
}
