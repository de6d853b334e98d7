/** File downloads: attachments under their original names, access checked by the services. */
package org.duban.web.files;
