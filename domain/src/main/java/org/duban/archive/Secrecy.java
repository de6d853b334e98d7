package org.duban.archive;

/** 密级 of a dossier: the intranet system keeps open and internal matters only. */
public enum Secrecy {
    PUBLIC, INTERNAL
}
