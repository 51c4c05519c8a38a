package org.minping.web.reports;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minping.core.report.FeedbackReportBatches;
import org.minping.core.report.FeedbackReportService;
import org.minping.core.shared.Sha256;
import org.minping.web.config.ResultsSettings;
import org.minping.web.security.ReportFiles;
import org.minping.web.view.Messages;

/**
 * Writes a batch of feedback reports in the background: each agency's and each track's report as
 * PDF and XLSX, stored outside the web root and counted as it is written, so the page's progress bar
 * (which reads the count from the database) moves file by file. Callers check cycle:manage.
 */
@ApplicationScoped
public class FeedbackReportJobs {

    private static final Logger LOG = Logger.getLogger(FeedbackReportJobs.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    FeedbackReportBatches batches;

    @Inject
    FeedbackReportService reports;

    @Inject
    ResultsSettings settings;

    @Inject
    Messages messages;

    /** Starts a batch of the cycle's published run in the language of {@code locale}; returns the batch id. */
    public long start(String cycleCode, Locale locale, String actor) {
        String language = "en".equals(locale.getLanguage()) ? "en" : "zh";
        FeedbackReportBatches.Started started = batches.start(cycleCode, language, actor);
        executor.submit(() -> write(started, Locale.forLanguageTag(language)));
        return started.batchId();
    }

    /** Writes every file of a started batch; a failure ends the batch as failed, with what went wrong. */
    void write(FeedbackReportBatches.Started started, Locale locale) {
        long batch = started.batchId();
        String cycle = started.coverage().cycle().code();
        try {
            FeedbackReportPdf pdf = new FeedbackReportPdf(messages, locale);
            FeedbackReportXlsx xlsx = new FeedbackReportXlsx(messages, locale);
            for (String track : started.coverage().trackCodes()) {
                var report = reports.trackReport(cycle, track, settings.minRaters());
                store(batch, null, track, ReportFiles.Kind.PDF, pdf.track(report));
                store(batch, null, track, ReportFiles.Kind.XLSX, xlsx.track(report));
            }
            for (String agency : started.coverage().agencyCodes()) {
                var report = reports.agencyReport(cycle, agency, settings.minRaters());
                String track = report.result().track();
                store(batch, agency, track, ReportFiles.Kind.PDF, pdf.agency(report));
                store(batch, agency, track, ReportFiles.Kind.XLSX, xlsx.agency(report));
            }
            batches.finish(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "feedback report batch " + batch + " failed", e);
            batches.fail(batch, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void store(long batch, String agency, String track, ReportFiles.Kind kind, byte[] bytes) {
        String name = ReportFiles.store(bytes, kind);
        batches.recordFile(batch, agency, track, kind.name(), name, bytes.length, Sha256.hex(bytes));
    }
}
