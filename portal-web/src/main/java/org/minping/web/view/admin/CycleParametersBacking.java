package org.minping.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.minping.core.cycle.CycleAdminService;
import org.minping.core.cycle.CycleParameters;

/** The scoring parameters of the edited cycle: level scores, shrinkage, grade bands, bonus and deduction caps, sensitivity draws. */
@Named
@ViewScoped
public class CycleParametersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditedCycle cycle;

    @Inject
    transient CycleAdminService cycles;

    private String levelScores;
    private BigDecimal shrinkageK;
    private BigDecimal minEffectiveN;
    private String gradeBands;
    private BigDecimal maxBonus;
    private BigDecimal maxDeduction;
    private int sensitivityDraws;

    @PostConstruct
    void load() {
        CycleParameters p = cycles.parameters(cycle.code());
        levelScores = p.levelScores();
        shrinkageK = p.shrinkageK();
        minEffectiveN = p.minEffectiveN();
        gradeBands = p.gradeBands();
        maxBonus = p.maxBonus();
        maxDeduction = p.maxDeduction();
        sensitivityDraws = p.sensitivityDraws();
    }

    public void save() {
        cycle.change(actor -> {
            cycles.updateParameters(cycle.code(), new CycleParameters(levelScores, shrinkageK, minEffectiveN,
                    gradeBands, maxBonus, maxDeduction, sensitivityDraws), actor);
            cycle.notice("cycle.margins.saved");
        });
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
}
