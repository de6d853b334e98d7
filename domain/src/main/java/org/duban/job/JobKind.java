package org.duban.job;

/** What a long job does. */
public enum JobKind {
    INTEGRITY_CHECK_ALL, CATALOGUE
}
