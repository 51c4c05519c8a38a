package org.minping.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.minping.core.evaluation.ResultsService;
import org.minping.core.opendata.OpenDataService;
import org.minping.web.config.ResultsSettings;

/** The open-data page: the published cycles with their downloads, and the data dictionary of every column. */
@Named
@RequestScoped
public class OpenDataBacking {

    /** A data set of the page: its name in the URLs and its columns, in their order. */
    public record Dataset(String name, List<String> columns) {
    }

    private static final List<Dataset> DATASETS = List.of(new Dataset("results", OpenDataService.RESULT_COLUMNS),
            new Dataset("follow-up", OpenDataService.FOLLOW_UP_COLUMNS),
            new Dataset("appraisals", OpenDataService.APPRAISAL_COLUMNS));

    @Inject
    OpenDataService openData;

    @Inject
    ResultsSettings settings;

    private List<ResultsService.CycleView> cycles;

    public List<ResultsService.CycleView> getCycles() {
        if (cycles == null) {
            cycles = openData.publishedCycles();
        }
        return cycles;
    }

    public List<Dataset> getDatasets() {
        return DATASETS;
    }

    /** The configured minimum of respondents a published count rests on. */
    public int getMinimum() {
        return settings.minRaters();
    }
}
