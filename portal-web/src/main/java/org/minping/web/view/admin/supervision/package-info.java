/** Backing beans of the supervision page {@code /admin/supervision}: records of checks and visits, verdicts, resolutions. */
package org.minping.web.view.admin.supervision;
