/** Backing beans of the administration pages under {@code /admin}: cycles, scoring, panels, calendar, policy. */
package org.minping.web.view.admin;
