/** Downloads under {@code /reports}: the published results report and score sheets. */
package org.minping.web.view.reports;
