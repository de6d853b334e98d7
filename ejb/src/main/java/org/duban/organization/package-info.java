/** Who is calling and what they may hold: accounts, password hashing (PBKDF2-SHA512, 210,000 iterations), callers. */
package org.duban.organization;
