package org.minping.core.scoring;

/** A bonus (positive) or deduction (negative) item 加减分 on an agency's overall score, with its reason. */
public record Adjustment(String agency, String reason, double points) implements Comparable<Adjustment> {

    public Adjustment {
        Checks.require(agency, "an adjustment's agency");
        Checks.require(reason, "the reason of an adjustment of " + agency);
        Checks.finite(points, "the points of adjustment " + reason);
    }

    @Override
    public int compareTo(Adjustment other) {
        int order = agency.compareTo(other.agency);
        if (order == 0) {
            order = reason.compareTo(other.reason);
        }
        return order != 0 ? order : Double.compare(points, other.points);
    }
}
