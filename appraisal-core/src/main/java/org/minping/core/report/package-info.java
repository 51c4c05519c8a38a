/**
 * Feedback reports 结果反馈: what a published run says of each agency and each pilot track, gathered
 * for the personnel and statistics departments, and the batches in which the office generates them.
 * Writing the files (PDF, XLSX) is the web module's; this package gathers the figures and keeps
 * track of the batches, their files and who may read them.
 */
package org.minping.core.report;
