/** The tamper-evident audit chain every module appends to, and its verifier. */
package org.minping.core.audit;
