package org.minping.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RowTest {

    @Nested
    class WholeNumbers {

        static Stream<Object> fortyTwoAsDriversReturnIt() {
            return Stream.of(42, 42L, BigInteger.valueOf(42), new BigDecimal("42"), (short) 42, (byte) 42);
        }

        @ParameterizedTest
        @MethodSource("fortyTwoAsDriversReturnIt")
        void anyNumberTypeReadsAsLongAndInt(Object cell) {
            Row row = Row.of(cell);
            assertEquals(42L, row.longValue(0));
            assertEquals(42, row.intValue(0));
            assertEquals(42.0, row.doubleValue(0));
            assertEquals(42L, row.nullableLong(0));
        }

        @Test
        void aNullCellIsNullWhereNullIsAllowedAndAnErrorWhereItIsNot() {
            Row row = Row.of((Object) null);
            assertTrue(row.isNull(0));
            assertNull(row.nullableLong(0));
            assertNull(row.nullableDouble(0));
            assertThrows(NullPointerException.class, () -> row.longValue(0));
            assertThrows(NullPointerException.class, () -> row.intValue(0));
            assertThrows(NullPointerException.class, () -> row.doubleValue(0));
        }
    }

    @Nested
    class Decimals {

        @Test
        void aDecimalCellIsReturnedAsItIs() {
            BigDecimal score = new BigDecimal("87.5000");
            assertSame(score, Row.of(score).decimal(0));
        }

        @Test
        void otherNumbersBecomeExactDecimals() {
            assertEquals(new BigDecimal("7"), Row.of(7).decimal(0));
            assertEquals(new BigDecimal("7"), Row.of(7L).decimal(0));
            assertEquals(new BigDecimal("12345678901234567890"), Row.of(new BigInteger("12345678901234567890")).decimal(0));
            assertEquals(new BigDecimal("0.1"), Row.of(0.1).decimal(0));
        }

        @Test
        void aNullDecimalIsNull() {
            assertNull(Row.of((Object) null).decimal(0));
        }
    }

    @Nested
    class Times {

        @Test
        void aDateTimeReadsTheSameFromEitherDriver() {
            LocalDateTime noon = LocalDateTime.of(2025, 3, 14, 12, 0, 5);
            assertEquals(noon, Row.of(Timestamp.valueOf(noon)).dateTime(0));
            assertEquals(noon, Row.of(noon).dateTime(0));
            assertNull(Row.of((Object) null).dateTime(0));
        }

        @Test
        void aDateReadsTheSameFromEitherDriver() {
            LocalDate day = LocalDate.of(2025, 10, 1);
            assertEquals(day, Row.of(Date.valueOf(day)).date(0));
            assertEquals(day, Row.of(day).date(0));
            assertNull(Row.of((Object) null).date(0));
        }
    }

    @Test
    void aBooleanReadsFromABooleanOrATinyint() {
        assertTrue(Row.of(true).bool(0));
        assertFalse(Row.of(false).bool(0));
        assertTrue(Row.of(1).bool(0));
        assertFalse(Row.of(0L).bool(0));
    }

    @Test
    void textAndBareCellsAreReadByPosition() {
        Row row = Row.of("A01", 3L, null);
        assertEquals(3, row.size());
        assertEquals("A01", row.string(0));
        assertEquals(3L, row.get(1));
        assertNull(row.string(2));
    }

    @Test
    void aOneColumnResultIsARowOfOneCell() {
        assertEquals("A01", Row.ofResult("A01").string(0));
        assertEquals(1, Row.ofResult("A01").size());
        assertEquals(2, Row.ofResult(new Object[] {"A01", 7}).size());
    }
}
