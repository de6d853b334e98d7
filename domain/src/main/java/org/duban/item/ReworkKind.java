package org.duban.item;

/** Why a completion report goes back: more work on it (补办) or do it again (重办). */
public enum ReworkKind {
    SUPPLEMENT, REDO
}
