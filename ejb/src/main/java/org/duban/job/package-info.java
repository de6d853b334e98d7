/** Long jobs: their progress and results kept in the database, each step in a transaction of its own. */
package org.duban.job;
