/** Languages and formats: the message bundle helpers, the language switch, dates as YYYY-MM-DD. */
package org.duban.web.i18n;
