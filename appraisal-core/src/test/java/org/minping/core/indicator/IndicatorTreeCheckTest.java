package org.minping.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minping.core.indicator.IndicatorTreeCheck.Node;
import org.minping.core.scoring.Source;
import org.minping.core.shared.FieldError;

class IndicatorTreeCheckTest {

    private static final Map<Source, BigDecimal> PUBLIC = Map.of(Source.PUBLIC, BigDecimal.ONE);
    private static final Map<Source, BigDecimal> MIXED = Map.of(Source.INTERNAL, new BigDecimal("0.6"),
            Source.THIRD_PARTY, new BigDecimal("0.2"), Source.EXPERT, new BigDecimal("0.2"));

    /** Two first-level indicators (60/40); the first with two leaves (50/50), one of them the overall satisfaction. */
    private static List<Node> usable() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(new Node("A", null, "服务", "Service", new BigDecimal("0.6"), false, false, Map.of()));
        nodes.add(new Node("A1", "A", "总体满意度", "Overall", new BigDecimal("0.5"), true, true, PUBLIC));
        nodes.add(new Node("A2", "A", "办事效率", "Efficiency", new BigDecimal("0.5"), false, false, MIXED));
        nodes.add(new Node("B", null, "廉洁", "Integrity", new BigDecimal("0.4"), false, false, MIXED));
        return nodes;
    }

    private static List<String> codes(List<FieldError> problems) {
        return problems.stream().map(FieldError::code).toList();
    }

    @Test
    void aTreeWhoseLevelsAndSourcesSumToAWholeHasNoProblem() {
        assertEquals(List.of(), IndicatorTreeCheck.problems(usable()));
    }

    @Test
    void thirdsStoredWithSixDecimalsCountAsAWhole() {
        List<Node> nodes = new ArrayList<>(usable().subList(0, 3));
        nodes.set(0, new Node("A", null, "服务", "Service", new BigDecimal("0.333333"), false, false, Map.of()));
        nodes.add(new Node("B", null, "廉洁", "Integrity", new BigDecimal("0.333333"), false, false, MIXED));
        nodes.add(new Node("C", null, "透明", "Openness", new BigDecimal("0.333334"), false, false, MIXED));
        assertEquals(List.of(), IndicatorTreeCheck.problems(nodes));
    }

    @Test
    void aFirstLevelThatDoesNotSumToAWholeIsNamedWithItsSum() {
        List<Node> nodes = new ArrayList<>(usable());
        nodes.set(3, new Node("B", null, "廉洁", "Integrity", new BigDecimal("0.35"), false, false, MIXED));
        List<FieldError> problems = IndicatorTreeCheck.problems(nodes);
        assertEquals(List.of("indicator.sum.top"), codes(problems));
        assertEquals(List.of("95"), problems.get(0).arguments());
    }

    @Test
    void aLowerLevelIsNamedByItsDepthAndParent() {
        List<Node> nodes = new ArrayList<>(usable());
        nodes.set(2, new Node("A2", "A", "办事效率", "Efficiency", new BigDecimal("0.45"), false, false, MIXED));
        nodes.add(new Node("A21", "A2", "时限", "Time limits", new BigDecimal("0.7"), false, false, MIXED));
        nodes.add(new Node("A22", "A2", "一次办", "One visit", new BigDecimal("0.2"), false, false, MIXED));
        List<FieldError> problems = IndicatorTreeCheck.problems(nodes);
        assertEquals(List.of("indicator.sum.under", "indicator.sum.under"), codes(problems));
        assertEquals(List.of(2, "A", "95"), problems.get(0).arguments());
        assertEquals(List.of(3, "A2", "90"), problems.get(1).arguments());
    }

    @Test
    void aLeafsSourcesMustSumToAWholeAndPublicAppraisalNeedsCitizensToRate() {
        List<Node> nodes = new ArrayList<>(usable());
        nodes.set(2, new Node("A2", "A", "办事效率", "Efficiency", new BigDecimal("0.5"), false, false,
                Map.of(Source.PUBLIC, new BigDecimal("0.5"), Source.INTERNAL, new BigDecimal("0.4"))));
        List<FieldError> problems = IndicatorTreeCheck.problems(nodes);
        assertEquals(List.of("indicator.sources.sum", "indicator.public.unrated"), codes(problems));
        assertEquals(List.of("A2", "90"), problems.get(0).arguments());
    }

    @Test
    void exactlyOneLeafIsTheOverallSatisfaction() {
        List<Node> none = new ArrayList<>(usable());
        none.set(1, new Node("A1", "A", "总体满意度", "Overall", new BigDecimal("0.5"), true, false, PUBLIC));
        assertEquals(List.of("indicator.overall.count"), codes(IndicatorTreeCheck.problems(none)));
        List<Node> two = new ArrayList<>(usable());
        two.set(2, new Node("A2", "A", "办事效率", "Efficiency", new BigDecimal("0.5"), true, true, PUBLIC));
        assertEquals(List.of("indicator.overall.count"), codes(IndicatorTreeCheck.problems(two)));
    }

    @Test
    void anEmptyVersionIsNotUsable() {
        assertEquals(List.of("indicator.tree.empty"), codes(IndicatorTreeCheck.problems(List.of())));
    }

    @Test
    void percentagesReadAsTheOfficeTypesThem() {
        assertEquals("95", IndicatorTreeCheck.percent(new BigDecimal("0.950000")));
        assertEquals("33.3333", IndicatorTreeCheck.percent(new BigDecimal("0.333333")));
        assertEquals("100", IndicatorTreeCheck.percent(BigDecimal.ONE));
    }
}
