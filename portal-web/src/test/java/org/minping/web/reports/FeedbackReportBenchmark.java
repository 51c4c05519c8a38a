package org.minping.web.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.minping.core.report.FeedbackReport;
import org.minping.core.report.TrackReport;
import org.minping.web.view.Messages;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What writing feedback reports costs: one agency's PDF and XLSX, a track of 250 agencies, and the
 * files of a whole cycle of 1,000 agencies in 4 tracks (every agency's PDF and XLSX and every
 * track's), beside a one-line PDF in the same embedded font, the floor every PDF pays. The figures
 * are read from the published run, so the database's share is small beside these; it is measured
 * end to end in docs/BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class FeedbackReportBenchmark {

    static final int AGENCIES = 1_000;
    static final int TRACKS = 4;

    private FeedbackReportPdf pdf;
    private FeedbackReportXlsx xlsx;
    private FeedbackReport agency;
    private TrackReport track;
    private List<FeedbackReport> cycle;
    private FeedbackReport oneLine;

    @Setup
    public void setUp() {
        pdf = new FeedbackReportPdf(new Messages(), Locale.SIMPLIFIED_CHINESE);
        xlsx = new FeedbackReportXlsx(new Messages(), Locale.SIMPLIFIED_CHINESE);
        agency = ReportSamples.agency("HZ", "杭州市人民政府", 20);
        track = ReportSamples.track(AGENCIES / TRACKS);
        cycle = new ArrayList<>();
        for (int i = 0; i < AGENCIES; i++) {
            cycle.add(ReportSamples.agency("A" + i, "第" + i + "机关", 20));
        }
        FeedbackReport sample = ReportSamples.agency("ONE", "机关", 0);
        oneLine = new FeedbackReport(sample.cycle(), sample.result(), sample.trackName(), 1, List.of(), null, List.of(), null);
    }

    /** The floor: a PDF with a heading and a few facts, in the subset of the embedded font. */
    @Benchmark
    public byte[] minimalPdf() {
        return pdf.agency(oneLine);
    }

    @Benchmark
    public byte[] agencyPdf() {
        return pdf.agency(agency);
    }

    @Benchmark
    public byte[] agencyXlsx() {
        return xlsx.agency(agency);
    }

    @Benchmark
    public byte[] trackPdf() {
        return pdf.track(track);
    }

    @Benchmark
    public byte[] trackXlsx() {
        return xlsx.track(track);
    }

    /** Every file of a cycle of 1,000 agencies: what a batch writes, without the database. */
    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public void wholeCycle(Blackhole files) {
        for (FeedbackReport report : cycle) {
            files.consume(pdf.agency(report));
            files.consume(xlsx.agency(report));
        }
        for (int i = 0; i < TRACKS; i++) {
            files.consume(pdf.track(track));
            files.consume(xlsx.track(track));
        }
    }
}
