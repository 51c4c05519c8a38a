/** JSF backing beans of the public, moderation and administration pages. */
package org.minping.web.view;
