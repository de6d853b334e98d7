/** The archive's screens (search, dossier, checks, loans, catalogue), the item page's documents and borrowing, and the downloads. */
package org.duban.web.archive;
