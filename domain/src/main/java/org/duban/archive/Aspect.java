package org.duban.archive;

/** The four properties of 四性检测 (DA/T 70-2018). */
public enum Aspect {
    /** 真实性: every file's SHA-256 matches; the event chain is unbroken and ends where the dossier recorded. */
    AUTHENTICITY,
    /** 完整性: required metadata present, pieces numbered without gaps, every file present. */
    INTEGRITY,
    /** 可用性: every file opens as the format it claims. */
    USABILITY,
    /** 安全性: files kept in the database, outside any web root; no executable content. */
    SECURITY
}
