/** Tables paged in the database. */
package org.duban.web.paging;
