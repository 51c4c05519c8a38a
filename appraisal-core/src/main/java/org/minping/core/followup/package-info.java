/**
 * Bad-review follow-up (差评回访整改): low ratings open a case for the agency, which calls back and
 * rectifies by a working-day deadline; overdue cases are escalated; the citizen may rate again.
 */
package org.minping.core.followup;
