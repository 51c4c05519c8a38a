/**
 * Feedback reports written as files: {@code FeedbackReportPdf} (OpenPDF, Noto Sans SC embedded as a
 * subset, so that the Chinese reads on any machine) and {@code FeedbackReportXlsx} (POI, every text a
 * string cell, never a formula), and {@code FeedbackReportJobs}, which writes a batch in the
 * background. Every label comes from the message bundles in the batch's language.
 */
package org.minping.web.reports;
