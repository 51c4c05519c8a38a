/** Agencies under evaluation, the pilot tracks and regions they belong to, and the public services they offer. */
package org.minping.core.agency;
