/** Indicator systems: weighted indicator trees, some of whose leaves citizens rate. */
package org.minping.core.indicator;
