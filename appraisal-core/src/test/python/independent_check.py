#!/usr/bin/env python3
"""Independent check of the scoring engine's survey statistics, written apart from the Java code.

Reads a run's input (minping-scoring-input/1) and the engine's result (minping-scoring-result/1)
and recomputes, with numpy, the raking factors (iterative proportional fitting), and per agency
and indicator the weighted mean, Kish effective sample size, variance, standard error and 95%
interval. Exit status 1 if any value differs by more than 1e-9 (relative for factors).

    python3 independent_check.py input.json result.json
"""
import json
import sys

import numpy as np

Z = 1.959963984540054
TOL = 1e-9


def rake(base, categories, margins, tol=1e-15, cap=10000):
    """IPF over complete strata: base[h] totals, categories[h][v] category names, margins[v] dict."""
    f = np.ones(len(base))
    total = base.sum()
    for _ in range(cap):
        for v, shares in enumerate(margins):
            for category, share in shares.items():
                member = np.array([c[v] == category for c in categories])
                current = (f * base)[member].sum()
                f[member] *= share * total / current
        worst = 0.0
        for v, shares in enumerate(margins):
            for category, share in shares.items():
                member = np.array([c[v] == category for c in categories])
                if share > 0:
                    worst = max(worst, abs((f * base)[member].sum() - share * total) / (share * total))
        if worst < tol:
            break
    return f


def main(input_path, result_path):
    data = json.load(open(input_path, encoding="utf-8"))
    result = json.load(open(result_path, encoding="utf-8"))
    params = data["parameters"]
    variables = params["raking"]["variables"]
    margins = [v["shares"] for v in variables]
    scores = params["levelScores"]
    overall = data["overallIndicator"]

    totals = {}
    for cell in data["cube"]:
        if cell["indicator"] == overall:
            key = tuple(cell["stratum"])
            totals[key] = totals.get(key, 0.0) + cell["weightSum"]
    complete = [k for k in sorted(totals, key=str) if len(k) == len(variables) and None not in k and totals[k] > 0]
    factors = {k: 1.0 for k in totals}
    if variables:
        f = rake(np.array([totals[k] for k in complete]), complete, margins)
        factors.update(dict(zip(complete, f)))

    failures = []
    engine = {tuple(x["stratum"]): x["factor"] for x in result["raking"]["factors"]}
    for stratum, factor in factors.items():
        if abs(engine[stratum] - factor) > TOL * max(1.0, abs(factor)):
            failures.append(f"factor {stratum}: engine {engine[stratum]!r}, independent {factor!r}")

    cells = {}
    for cell in data["cube"]:
        cells.setdefault((cell["agency"], cell["indicator"]), []).append(cell)
    checked = 0
    for agency in result["agencies"]:
        for indicator in agency["indicators"]:
            estimate = indicator.get("public")
            if not estimate:
                continue
            rows = cells[(agency["agency"], indicator["indicator"])]
            w = np.array([factors[tuple(c["stratum"])] * c["weightSum"] for c in rows])
            w2 = np.array([factors[tuple(c["stratum"])] ** 2 * c["weightSquareSum"] for c in rows])
            y = np.array([scores[c["level"] - 1] for c in rows])
            mean = (w * y).sum() / w.sum()
            n_eff = w.sum() ** 2 / w2.sum()
            variance = (w * (y - mean) ** 2).sum() / w.sum()
            se = np.sqrt(variance / n_eff)
            expected = {"mean": mean, "effectiveSampleSize": n_eff, "variance": variance, "standardError": se,
                        "lower": max(0.0, mean - Z * se), "upper": min(100.0, mean + Z * se)}
            for name, value in expected.items():
                if abs(estimate[name] - value) > TOL * max(1.0, abs(value)):
                    failures.append(f"{agency['agency']}/{indicator['indicator']} {name}: "
                                    f"engine {estimate[name]!r}, independent {value!r}")
            checked += 1
    print(f"{len(factors)} raking factors and {checked} estimates checked; {len(failures)} differences")
    for failure in failures[:20]:
        print("  " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
