package org.duban.item;

/** How pressing an item is; major items are urged by letter rather than by phone. */
public enum Priority {
    NORMAL, IMPORTANT, URGENT
}
