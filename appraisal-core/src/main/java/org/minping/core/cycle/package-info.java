/** Evaluation cycles: periods, parameters and the population margins that weight respondents. */
package org.minping.core.cycle;
