package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.cycle.CycleAdminService;
import org.minping.core.cycle.SourceWeightService;
import org.minping.core.shared.InvalidInputException;
import org.minping.web.security.CurrentUser;
import org.minping.web.security.UploadChecks;
import org.minping.web.view.Messages;

/** A cycle's settings for administrators: parameters, population margins, source weights, internal score import, bonus and deduction items. */
@Named
@ViewScoped
public class CycleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient CycleAdminService cycles;

    @Inject
    transient SourceWeightService sourceWeightService;

    @Inject
    transient Messages messages;

    private String code;
    private String margins;
    private String sourceWeights;
    private String levelScores;
    private BigDecimal shrinkageK;
    private BigDecimal minEffectiveN;
    private String gradeBands;
    private BigDecimal maxBonus;
    private BigDecimal maxDeduction;
    private int sensitivityDraws;
    private transient Part internalScores;
    private String adjustmentAgency;
    private String adjustmentReason;
    private BigDecimal adjustmentPoints;
    private List<String> problems = new ArrayList<>();
    private String notice;

    public void load() {
        margins = cycles.marginsText(code);
        sourceWeights = sourceWeightService.weightsText(code);
        org.minping.core.cycle.CycleParameters p = cycles.parameters(code);
        levelScores = p.levelScores();
        shrinkageK = p.shrinkageK();
        minEffectiveN = p.minEffectiveN();
        gradeBands = p.gradeBands();
        maxBonus = p.maxBonus();
        maxDeduction = p.maxDeduction();
        sensitivityDraws = p.sensitivityDraws();
    }

    public void saveParameters() {
        run(() -> {
            cycles.updateParameters(code, new org.minping.core.cycle.CycleParameters(levelScores, shrinkageK, minEffectiveN,
                    gradeBands, maxBonus, maxDeduction, sensitivityDraws), currentUser.username());
            notice = messages.get("cycle.margins.saved");
        });
    }

    public void saveMargins() {
        run(() -> {
            cycles.replaceMargins(code, margins, currentUser.username());
            notice = messages.get("cycle.margins.saved");
        });
    }

    public void saveSourceWeights() {
        run(() -> {
            sourceWeightService.replaceWeights(code, sourceWeights, currentUser.username());
            sourceWeights = sourceWeightService.weightsText(code);
            notice = messages.get("cycle.margins.saved");
        });
    }

    public void importInternalScores() {
        run(() -> {
            if (internalScores == null || internalScores.getSize() == 0) {
                problems.add(messages.get("cycle.import.choose"));
                return;
            }
            if (internalScores.getSize() > UploadChecks.MAX_BYTES) {
                problems.add(messages.get("cycle.import.tooLarge"));
                return;
            }
            // CSV as strict UTF-8 or the first worksheet of an XLSX workbook, judged by the bytes,
            // with the same protections as evaluators' sheets.
            try (java.io.InputStream in = internalScores.getInputStream()) {
                String text = UploadChecks.sheetText(in.readNBytes((int) UploadChecks.MAX_BYTES + 1), "file");
                int stored = cycles.importInternalScores(code, new java.io.StringReader(text), currentUser.username());
                notice = messages.get("cycle.import.done", stored);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    public void addAdjustment() {
        run(() -> {
            cycles.addAdjustment(code, adjustmentAgency, adjustmentReason, adjustmentPoints, currentUser.username());
            notice = messages.get("cycle.adjustment.added");
            adjustmentReason = null;
            adjustmentPoints = null;
        });
    }


    private void run(Runnable change) {
        SecurityUtils.getSubject().checkPermission("cycle:manage");
        problems = new ArrayList<>();
        notice = null;
        try {
            change.run();
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(e -> problems.add(messages.of(e)));
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLevelScores() {
        return levelScores;
    }

    public void setLevelScores(String levelScores) {
        this.levelScores = levelScores;
    }

    public BigDecimal getShrinkageK() {
        return shrinkageK;
    }

    public void setShrinkageK(BigDecimal shrinkageK) {
        this.shrinkageK = shrinkageK;
    }

    public BigDecimal getMinEffectiveN() {
        return minEffectiveN;
    }

    public void setMinEffectiveN(BigDecimal minEffectiveN) {
        this.minEffectiveN = minEffectiveN;
    }

    public String getGradeBands() {
        return gradeBands;
    }

    public void setGradeBands(String gradeBands) {
        this.gradeBands = gradeBands;
    }

    public BigDecimal getMaxBonus() {
        return maxBonus;
    }

    public void setMaxBonus(BigDecimal maxBonus) {
        this.maxBonus = maxBonus;
    }

    public BigDecimal getMaxDeduction() {
        return maxDeduction;
    }

    public void setMaxDeduction(BigDecimal maxDeduction) {
        this.maxDeduction = maxDeduction;
    }

    public int getSensitivityDraws() {
        return sensitivityDraws;
    }

    public void setSensitivityDraws(int sensitivityDraws) {
        this.sensitivityDraws = sensitivityDraws;
    }

    public String getMargins() {
        return margins;
    }

    public void setMargins(String margins) {
        this.margins = margins;
    }

    public String getSourceWeights() {
        return sourceWeights;
    }

    public void setSourceWeights(String sourceWeights) {
        this.sourceWeights = sourceWeights;
    }

    public Part getInternalScores() {
        return internalScores;
    }

    public void setInternalScores(Part internalScores) {
        this.internalScores = internalScores;
    }

    public String getAdjustmentAgency() {
        return adjustmentAgency;
    }

    public void setAdjustmentAgency(String adjustmentAgency) {
        this.adjustmentAgency = adjustmentAgency;
    }

    public String getAdjustmentReason() {
        return adjustmentReason;
    }

    public void setAdjustmentReason(String adjustmentReason) {
        this.adjustmentReason = adjustmentReason;
    }

    public BigDecimal getAdjustmentPoints() {
        return adjustmentPoints;
    }

    public void setAdjustmentPoints(BigDecimal adjustmentPoints) {
        this.adjustmentPoints = adjustmentPoints;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getNotice() {
        return notice;
    }
}
