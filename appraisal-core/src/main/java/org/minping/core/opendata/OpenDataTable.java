package org.minping.core.opendata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One data set of a cycle as rows of fixed, documented columns; CSV and JSON are written from the
 * same table, so they always agree. A value is a String, Long, BigDecimal, Double, Boolean or null
 * (null: not computed, or suppressed where the row's flag says so).
 */
public record OpenDataTable(String dataset, String cycle, int minimumCount, List<String> columns, List<List<Object>> rows) {

    public OpenDataTable {
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + dataset + " has " + row.size() + " values, not " + columns.size());
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copied);
    }
}
