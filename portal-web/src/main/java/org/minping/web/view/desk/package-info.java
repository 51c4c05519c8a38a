/** Backing bean of the agency staff's follow-up desk under {@code /desk}. */
package org.minping.web.view.desk;
