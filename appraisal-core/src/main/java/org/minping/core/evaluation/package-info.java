/** Scoring runs of a cycle: assembling the engine input from the database, storing immutable runs, publishing one. */
package org.minping.core.evaluation;
