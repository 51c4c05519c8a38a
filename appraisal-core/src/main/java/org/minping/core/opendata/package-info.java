/**
 * Open data 数据开放: a published cycle's results, follow-up counts and anonymized appraisal
 * aggregates as tables with fixed columns, small cells suppressed, no personal data.
 */
package org.minping.core.opendata;
