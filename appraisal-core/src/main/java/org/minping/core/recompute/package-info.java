/** The scoring engine outside the portal: canonical JSON of inputs and results, and the command line an auditor recomputes a run with. */
package org.minping.core.recompute;
