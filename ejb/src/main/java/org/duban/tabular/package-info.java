/**
 * Tables as offices make them: the one reader of every import (Excel and WPS workbooks, CSV in UTF-8 or GBK), the
 * header found by its Chinese or English headings, days as people and Excel write them. What a value means is the
 * importing use case's; how it was written down is this package's.
 */
package org.duban.tabular;
