/** The Faces screens, by area: security (sign in and out), item (lists and detail), i18n (languages, formats). */
package org.duban.web;
