/** Backing bean of the expert's scoring page under {@code /expert}. */
package org.minping.web.view.expert;
