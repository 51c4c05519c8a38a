/** The official calendar of working days, with public holidays and make-up working days, for deadlines. */
package org.minping.core.calendar;
