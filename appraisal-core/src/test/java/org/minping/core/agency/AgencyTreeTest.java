package org.minping.core.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgencyTreeTest {

    /** An agency code and its parent's code, as the table rows give them. */
    private record Item(String code, String parent) {
    }

    @Test
    void eachRootIsFollowedByItsDescendantsInTheGivenOrder() {
        List<Item> rows = List.of(new Item("ZJ", null), new Item("HZ-FIN", "HZ"), new Item("HZ", "ZJ"), new Item("MOF", null),
                new Item("NB", "ZJ"), new Item("HZ-TAX", "HZ"));
        List<String> shown = AgencyTree.depthFirst(rows, Item::code, Item::parent).stream()
                .map(p -> "  ".repeat(p.depth()) + p.item().code()).toList();
        assertEquals(List.of("ZJ", "  HZ", "    HZ-FIN", "    HZ-TAX", "  NB", "MOF"), shown);
    }

    @Test
    void anItemWhoseParentIsMissingIsARootAndALoopIsStillShown() {
        List<Item> rows = List.of(new Item("A", "GONE"), new Item("B", "C"), new Item("C", "B"));
        List<String> shown = AgencyTree.depthFirst(rows, Item::code, Item::parent).stream().map(p -> p.item().code()).toList();
        assertEquals(List.of("A", "B", "C"), shown);
    }

    @Test
    void aParentThatIsTheAgencyOrBelowItClosesALoop() {
        Map<Long, Long> parentOf = new HashMap<>();
        parentOf.put(1L, null);   // region
        parentOf.put(2L, 1L);     // city
        parentOf.put(3L, 2L);     // department
        parentOf.put(4L, null);   // another region
        assertTrue(AgencyTree.wouldCycle(parentOf, 2L, 2L), "itself");
        assertTrue(AgencyTree.wouldCycle(parentOf, 2L, 3L), "its department");
        assertTrue(AgencyTree.wouldCycle(parentOf, 1L, 3L), "a grandchild");
        assertFalse(AgencyTree.wouldCycle(parentOf, 3L, 1L), "moving the department up to the region");
        assertFalse(AgencyTree.wouldCycle(parentOf, 2L, 4L), "moving the city to another region");
    }

    @Test
    void aLoopAlreadyThereStopsTheWalk() {
        Map<Long, Long> parentOf = Map.of(1L, 2L, 2L, 1L);
        assertTrue(AgencyTree.wouldCycle(parentOf, 5L, 1L));
    }
}
