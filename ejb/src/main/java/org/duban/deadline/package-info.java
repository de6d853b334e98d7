/** The deadline watch: the timer trigger and the set-based, idempotent scan behind it. */
package org.duban.deadline;
