/** Review-bomb detection: arrival rate and level shift against a trailing baseline, and quarantine of suspicious windows. */
package org.minping.moderation.bomb;
