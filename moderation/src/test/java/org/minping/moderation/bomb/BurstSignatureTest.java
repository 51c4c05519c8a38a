package org.minping.moderation.bomb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minping.core.appraisal.RaterLevel;

class BurstSignatureTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 12, 0);
    private final ReviewBombDetector detector = ReviewBombDetector.standard();
    private final List<Arrival> arrivals = new ArrayList<>();
    private long nextId = 1;

    private Arrival rate(LocalDateTime at, int level, RaterLevel raterLevel, String network) {
        Arrival arrival = new Arrival(nextId, at, level, raterLevel, network, "rater-" + nextId);
        nextId++;
        arrivals.add(arrival);
        return arrival;
    }

    /** A week of ordinary history: two ratings a day at level 4, each from its own network. */
    private void history() {
        for (int hours = 2; hours < 7 * 24; hours += 12) {
            rate(NOW.minusHours(hours), 4, RaterLevel.REGISTERED, "home-" + hours);
        }
    }

    /** Lowest ratings by anonymous raters within ten minutes, from one network or each from its own. */
    private Set<Long> flood(int count, String network) {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            ids.add(rate(NOW.minusSeconds(600L * i / count), 1, RaterLevel.ANONYMOUS,
                    network == null ? "scattered-" + i : network).id());
        }
        return ids;
    }

    private List<QuarantineGroup> groups() {
        ReviewBombDetector.Suspicion suspicion = detector.examine(arrivals, NOW).orElseThrow();
        return BurstSignature.groups(detector, suspicion, arrivals);
    }

    private static Set<Long> held(List<QuarantineGroup> groups) {
        Set<Long> ids = new HashSet<>();
        groups.forEach(g -> g.members().forEach(m -> ids.add(m.id())));
        return ids;
    }

    @Test
    void genuineRatingsBeforeAFloodFromOneNetworkAreNotHeldTheFloodIs() {
        history();
        List<Arrival> genuine = List.of(
                rate(NOW.minusMinutes(50), 5, RaterLevel.ANONYMOUS, "home-a"),
                rate(NOW.minusMinutes(45), 5, RaterLevel.VERIFIED, "home-b"),
                rate(NOW.minusMinutes(40), 1, RaterLevel.VERIFIED, "home-c"),
                rate(NOW.minusMinutes(35), 2, RaterLevel.REGISTERED, "home-d"),
                rate(NOW.minusMinutes(30), 1, RaterLevel.ANONYMOUS, "home-e"));
        Set<Long> flood = flood(200, "office-net");

        List<QuarantineGroup> groups = groups();

        assertEquals(1, groups.size(), "one network, one group");
        QuarantineGroup group = groups.get(0);
        assertEquals(QuarantineGroup.Pattern.NETWORK, group.pattern());
        assertEquals("office-net", group.patternKey());
        assertEquals(Set.of(1), group.levels());
        assertEquals(Set.of(RaterLevel.ANONYMOUS), group.raterLevels());
        assertEquals(flood, held(groups));
        genuine.forEach(g -> assertFalse(held(groups).contains(g.id()), "genuine " + g + " stays where it was"));
        assertEquals(NOW.minusSeconds(597), group.start(), "the group starts with the flood, not with the hour");
    }

    @Test
    void aFloodFromTwoNetworksIsTwoGroups() {
        history();
        Set<Long> first = flood(100, "net-1");
        Set<Long> second = flood(60, "net-2");
        List<QuarantineGroup> groups = groups();
        assertEquals(2, groups.size());
        assertEquals(first, held(List.of(groups.get(0))));
        assertEquals(second, held(List.of(groups.get(1))));
    }

    @Test
    void aScatteredFloodIsHeldWithoutTheVerifiedRatersWhoAreNotPartOfIt() {
        history();
        Arrival verifiedComplaint = rate(NOW.minusMinutes(40), 1, RaterLevel.VERIFIED, "home-c");
        Arrival praise = rate(NOW.minusMinutes(20), 5, RaterLevel.ANONYMOUS, "home-p");
        Set<Long> flood = flood(100, null);

        List<QuarantineGroup> groups = groups();

        assertEquals(1, groups.size());
        assertEquals(QuarantineGroup.Pattern.SCATTERED, groups.get(0).pattern());
        assertEquals(Set.of(RaterLevel.ANONYMOUS), groups.get(0).raterLevels());
        assertEquals(flood, held(groups));
        assertFalse(held(groups).contains(verifiedComplaint.id()));
        assertFalse(held(groups).contains(praise.id()));
    }

    @Test
    void aVerifiedRaterOnTheFloodsNetworkMatchesItsSignature() {
        history();
        Arrival insider = rate(NOW.minusMinutes(5), 1, RaterLevel.VERIFIED, "office-net");
        Set<Long> flood = flood(100, "office-net");
        List<QuarantineGroup> groups = groups();
        assertTrue(held(groups).contains(insider.id()));
        assertTrue(held(groups).containsAll(flood));
    }

    @Test
    void aFewScatteredComplaintsBesideAFloodFromOneNetworkStay() {
        history();
        Set<Long> flood = flood(100, "office-net");
        List<Arrival> scattered = List.of(rate(NOW.minusMinutes(15), 1, RaterLevel.ANONYMOUS, "home-x"),
                rate(NOW.minusMinutes(12), 1, RaterLevel.ANONYMOUS, "home-y"));
        assertEquals(flood, held(groups()));
        scattered.forEach(s -> assertFalse(held(groups()).contains(s.id())));
    }

    @Test
    void theTailOfTheFloodMatchesTheSignatureOtherArrivalsDoNot() {
        history();
        flood(100, "office-net");
        QuarantineGroup group = groups().get(0);
        assertTrue(group.matches(new Arrival(0, NOW.plusMinutes(5), 1, RaterLevel.ANONYMOUS, "office-net", null)));
        assertFalse(group.matches(new Arrival(0, NOW.plusMinutes(5), 1, RaterLevel.ANONYMOUS, "elsewhere", null)));
        assertFalse(group.matches(new Arrival(0, NOW.plusMinutes(5), 5, RaterLevel.ANONYMOUS, "office-net", null)));
    }
}
