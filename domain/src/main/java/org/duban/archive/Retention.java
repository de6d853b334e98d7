package org.duban.archive;

/** 保管期限: permanent, 30 years, 10 years; the code is what the archival number carries. */
public enum Retention {
    Y, D30, D10
}
