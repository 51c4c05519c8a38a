/** Backing bean of the auditor's page under {@code /audit}: the audit chain and its verification. */
package org.minping.web.view.audit;
