package org.minping.core.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Objects;

/**
 * One row of a native query, read by column position. The driver's choice of Java types (Integer or
 * Long or BigInteger for a count, Timestamp or LocalDateTime for a DATETIME, Boolean or a number for
 * a BOOLEAN) is settled here once, so a reader names the type it wants instead of casting cells.
 */
public final class Row {

    private final Object[] cells;

    private Row(Object[] cells) {
        this.cells = cells;
    }

    /** A row of the given cells. */
    public static Row of(Object... cells) {
        return new Row(cells.clone());
    }

    /** A row of one result of a native query: an array for several columns, the bare value for one. */
    static Row ofResult(Object result) {
        return result instanceof Object[] cells ? new Row(cells) : new Row(new Object[] {result});
    }

    /** How many columns the row has. */
    public int size() {
        return cells.length;
    }

    /** The cell as the driver returned it. */
    public Object get(int column) {
        return cells[column];
    }

    public boolean isNull(int column) {
        return cells[column] == null;
    }

    /** A text cell; null stays null. */
    public String string(int column) {
        return (String) cells[column];
    }

    /** A whole number of any width; the cell must not be null. */
    public long longValue(int column) {
        return number(column).longValue();
    }

    /** A whole number of any width, or null. */
    public Long nullableLong(int column) {
        return isNull(column) ? null : longValue(column);
    }

    /** A whole number that fits an int; the cell must not be null. */
    public int intValue(int column) {
        return number(column).intValue();
    }

    /** A number as a double; the cell must not be null. */
    public double doubleValue(int column) {
        return number(column).doubleValue();
    }

    /** A number as a double, or null. */
    public Double nullableDouble(int column) {
        return isNull(column) ? null : doubleValue(column);
    }

    /** An exact number of any type as a BigDecimal (a DECIMAL cell as it is), or null. */
    public BigDecimal decimal(int column) {
        Object value = cells[column];
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(number(column).doubleValue());
        }
        return BigDecimal.valueOf(number(column).longValue());
    }

    /** A BOOLEAN cell, which drivers return as a Boolean or as a TINYINT number; the cell must not be null. */
    public boolean bool(int column) {
        return cells[column] instanceof Boolean b ? b : number(column).intValue() != 0;
    }

    /** A DATETIME or TIMESTAMP cell (Connector/J 9 reads it as LocalDateTime, older drivers as Timestamp), or null. */
    public LocalDateTime dateTime(int column) {
        return cells[column] instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) cells[column];
    }

    /** A DATE cell (java.sql.Date or LocalDate, by driver), or null. */
    public LocalDate date(int column) {
        return cells[column] instanceof Date date ? date.toLocalDate() : (LocalDate) cells[column];
    }

    private Number number(int column) {
        return (Number) Objects.requireNonNull(cells[column], () -> "column " + column + " is null");
    }

    @Override
    public String toString() {
        return Arrays.toString(cells);
    }
}
