/** Citizen appraisals: validation, idempotent intake, receipts and status lookup. */
package org.minping.core.appraisal;
