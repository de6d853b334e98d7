/** The home page's 待办 (what waits for the person, with its count in the header) and 已办 (what they acted on). */
package org.duban.web.todo;
