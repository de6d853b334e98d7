/**
 * What a file is, by its content: the inspection that refuses an upload whose content is not what its name says and
 * that the archive's usability check runs again on every file of a dossier.
 */
package org.duban.files;
