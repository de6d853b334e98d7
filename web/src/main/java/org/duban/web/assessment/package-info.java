/** The assessment's screens: the statistics of a period with the items behind each figure, and the leaders' dashboard. */
package org.duban.web.assessment;
