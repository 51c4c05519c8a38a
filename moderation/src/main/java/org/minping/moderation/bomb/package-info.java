/** Review-bomb detection: bursts (arrival rate and level shift against a trailing baseline) and slow brigades (a pattern's levels against the other raters' over days), quarantined as groups that share a signature. */
package org.minping.moderation.bomb;
