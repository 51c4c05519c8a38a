/**
 * Process supervision 过程监督: routine checks and verification visits 察访核验 to an agency, their
 * findings, and the verdict on each imported score checked; a score flagged not authentic is held
 * out of scoring until resolved.
 */
package org.minping.core.supervision;
