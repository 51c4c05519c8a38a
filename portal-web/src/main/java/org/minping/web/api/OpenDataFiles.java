package org.minping.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.minping.core.opendata.OpenDataTable;

/**
 * Writes an open-data table as CSV (UTF-8 with a byte-order mark, text cells quoted and formula-like
 * cells neutralized as {@link ResultsCsv#cell} does) and as JSON with the same columns and values.
 */
public final class OpenDataFiles {

    private OpenDataFiles() {
    }

    public static String csv(OpenDataTable table) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", table.columns())).append("\r\n");
        for (List<Object> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(cell(row.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    public static JsonObject json(OpenDataTable table) {
        JsonArrayBuilder columns = Json.createArrayBuilder();
        table.columns().forEach(columns::add);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (List<Object> row : table.rows()) {
            JsonObjectBuilder item = Json.createObjectBuilder();
            for (int i = 0; i < row.size(); i++) {
                add(item, table.columns().get(i), row.get(i));
            }
            rows.add(item);
        }
        return Json.createObjectBuilder().add("dataset", table.dataset()).add("cycle", table.cycle())
                .add("minimumCount", table.minimumCount()).add("columns", columns).add("rows", rows).build();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return ResultsCsv.cell(text);
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }

    private static void add(JsonObjectBuilder item, String name, Object value) {
        if (value == null) {
            item.addNull(name);
        } else if (value instanceof String text) {
            item.add(name, text);
        } else if (value instanceof Boolean flag) {
            item.add(name, flag);
        } else if (value instanceof Long number) {
            item.add(name, number);
        } else if (value instanceof BigDecimal number) {
            item.add(name, number);
        } else {
            throw new IllegalArgumentException("no JSON form for a " + value.getClass() + " in column " + name);
        }
    }
}
