/** What every part of the domain shares: business exceptions whose messages are bundle keys, and argument checks. */
package org.duban.shared;
