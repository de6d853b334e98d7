/** The item screens: the home list of items that concern the user, and one item with its history. */
package org.duban.web.item;
