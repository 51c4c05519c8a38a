package org.minping.core.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minping.core.opendata.SmallCells.Cell;
import org.minping.core.opendata.SmallCells.Suppression;

class SmallCellsTest {

    @Nested
    class BelowTheMinimum {

        @Test
        @DisplayName("a count under the minimum is suppressed, the minimum itself is shown (the rule of the results pages)")
        void theMinimumIsShown() {
            assertEquals(List.of(Suppression.NONE, Suppression.NONE, Suppression.SMALL, Suppression.SMALL),
                    SmallCells.suppress(List.of(new Cell("a", 10), new Cell("b", 11), new Cell("c", 9), new Cell("d", 1)), 10));
        }

        @Test
        void nothingIsSuppressedWhenEveryCountReachesTheMinimum() {
            assertEquals(List.of(Suppression.NONE, Suppression.NONE),
                    SmallCells.suppress(List.of(new Cell("g", 12), new Cell("g", 30)), 10));
        }
    }

    @Nested
    class Complementary {

        @Test
        @DisplayName("one small cell in a group takes the group's smallest shown cell with it: the total cannot give it back")
        void aLoneSmallCellTakesTheSmallestOtherWithIt() {
            assertEquals(List.of(Suppression.SMALL, Suppression.NONE, Suppression.COMPLEMENTARY, Suppression.NONE),
                    SmallCells.suppress(List.of(new Cell("g", 3), new Cell("g", 40), new Cell("g", 12), new Cell("h", 50)), 10));
        }

        @Test
        void twoSmallCellsInAGroupNeedNoMore() {
            assertEquals(List.of(Suppression.SMALL, Suppression.SMALL, Suppression.NONE),
                    SmallCells.suppress(List.of(new Cell("g", 3), new Cell("g", 4), new Cell("g", 40)), 10));
        }

        @Test
        void aGroupOfOneSmallCellHasNothingElseToSuppress() {
            assertEquals(List.of(Suppression.SMALL, Suppression.NONE),
                    SmallCells.suppress(List.of(new Cell("g", 3), new Cell("h", 40)), 10));
        }
    }
}
