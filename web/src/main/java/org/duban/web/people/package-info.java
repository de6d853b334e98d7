/** People named as 姓名（单位） on every page where a person is meant (the login only on administration pages). */
package org.duban.web.people;
