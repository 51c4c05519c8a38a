package org.minping.core.scoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 digests of a run's canonical input and output. Texts are length-prefixed and numbers
 * written as the hexadecimal bits of the double, so the digest is bit-exact and independent of
 * how a Java version prints numbers.
 */
public final class Digests {

    private Digests() {
    }

    public static String input(ScoringInput input) {
        Canonical text = new Canonical("minping-scoring-input/1");
        // An agency's tree only where it is not its track's, so the digests of earlier runs still verify.
        input.agencies().forEach(a -> {
            text.line("agency").text(a.code()).text(a.track());
            if (a.hasOwnSystem()) {
                text.text(a.system());
            }
        });
        input.trees().forEach((track, tree) -> {
            text.line("tree").text(track);
            tree.nodes().stream().sorted(java.util.Comparator.comparing(IndicatorNode::code)).forEach(node -> {
                text.line("indicator").text(node.code()).text(node.parent()).number(node.weight());
                node.sourceWeights().forEach((source, weight) -> text.text(source.name()).number(weight));
            });
        });
        text.line("overall").text(input.overallIndicator());
        input.cube().forEach(c -> text.line("cell").text(c.agency()).text(c.indicator()).text(c.stratum().canonical())
                .integer(c.level()).integer(c.count()).number(c.weightSum()).number(c.weightSquareSum()));
        input.panelScores().forEach(p -> text.line("panel").text(p.agency()).text(p.indicator()).text(p.source().name())
                .text(p.rater()).number(p.score()));
        // "internal" as before statistics joined, so the digests of earlier runs still verify.
        input.importedScores().forEach(i -> text.line(i.source() == Source.INTERNAL ? "internal" : "statistics")
                .text(i.agency()).text(i.indicator()).number(i.score()));
        input.adjustments().forEach(a -> text.line("adjustment").text(a.agency()).text(a.reason()).number(a.points()));
        ScoringParameters p = input.parameters();
        text.line("levels");
        for (double score : p.levelScale().scores()) {
            text.number(score);
        }
        text.line("raking").number(p.raking().tolerance()).integer(p.raking().maxIterations());
        p.raking().trimming().ifPresent(t -> text.text("trim").number(t.lower()).number(t.upper()));
        p.raking().variables().forEach(v -> {
            text.line("variable").text(v.name());
            new TreeMap<>(v.populationShares()).forEach((category, share) -> text.text(category).number(share));
        });
        text.line("shrinkage").number(p.shrinkageK()).number(p.minEffectiveSample());
        text.line("grades");
        p.gradeBands().bands().forEach(b -> text.text(b.grade()).number(b.lowerBound()));
        text.line("adjustment-caps").number(p.maxBonus()).number(p.maxDeduction());
        text.line("sensitivity").integer(p.sensitivity().draws()).number(p.sensitivity().concentration())
                .integer(p.sensitivity().seed());
        text.line("low-agreement").number(p.lowAgreementThreshold());
        return text.sha256();
    }

    public static String output(List<AgencyResult> results, RakingResult raking, List<Agreement> agreements) {
        // Version 2: an agency's line carries its data coverage, which decides whether it is ranked.
        Canonical text = new Canonical("minping-scoring-output/2");
        raking.factors().forEach((stratum, factor) -> text.line("factor").text(stratum.canonical()).number(factor));
        text.line("raking").integer(raking.iterations()).number(raking.maxRelativeError());
        for (AgencyResult r : results) {
            text.line("agency").text(r.agency()).text(r.track()).number(r.score())
                    .text(r.published() == null ? null : r.published().toPlainString()).text(r.grade())
                    .integer(r.rank()).integer(r.rankLow()).integer(r.rankHigh())
                    .integer(r.incomplete() ? 1 : 0).integer(r.insufficientSample() ? 1 : 0).number(r.coverage());
            for (IndicatorResult i : r.indicators()) {
                text.line("indicator").text(i.indicator()).number(i.leafWeight()).number(i.value())
                        .integer(i.incomplete() ? 1 : 0).integer(i.insufficientSample() ? 1 : 0);
                i.sources().forEach((source, value) -> text.text(source.name()).number(value));
                i.publicEstimate().ifPresent(e -> text.text("estimate").number(e.mean()).number(e.weightSum())
                        .number(e.effectiveSampleSize()).number(e.variance()).number(e.standardError())
                        .number(e.lower()).number(e.upper()).integer(e.respondents()));
            }
            for (Contribution c : r.decomposition()) {
                text.line("term").text(c.indicator()).text(c.source() == null ? null : c.source().name())
                        .text(c.adjustmentReason()).number(c.points());
            }
        }
        agreements.forEach(a -> text.line("agreement").text(a.track()).text(a.indicator()).text(a.source().name())
                .integer(a.raters()).integer(a.agencies()).number(a.kendallW()).integer(a.low() ? 1 : 0));
        return text.sha256();
    }

    /**
     * A canonical text: one record a line, fields length-prefixed, doubles as bits. It is fed to
     * the digest as it is written, so a cube of millions of cells never has to fit in one string.
     */
    static final class Canonical {
        private static final int FLUSH_AT = 1 << 16;
        private final StringBuilder text = new StringBuilder();
        private final MessageDigest digest;

        Canonical(String header) {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime provides SHA-256", e);
            }
            text.append(header);
        }

        Canonical line(String kind) {
            if (text.length() > FLUSH_AT) {
                flush();
            }
            text.append('\n').append(kind);
            return this;
        }

        Canonical text(String value) {
            text.append('|');
            if (value == null) {
                text.append('-');
            } else {
                text.append(value.length()).append(':').append(value);
            }
            return this;
        }

        Canonical number(double value) {
            // NaN has many bit patterns; all of them are one value here.
            long bits = Double.isNaN(value) ? 0x7ff8000000000000L : Double.doubleToLongBits(value);
            text.append('|').append(Long.toHexString(bits));
            return this;
        }

        Canonical integer(long value) {
            text.append('|').append(value);
            return this;
        }

        String sha256() {
            flush();
            return HexFormat.of().formatHex(digest.digest());
        }

        private void flush() {
            digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
        }
    }
}
