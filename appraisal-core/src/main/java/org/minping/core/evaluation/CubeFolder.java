package org.minping.core.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;

/**
 * Folds the cube's deltas into its cells (sql/migration V49): the triggers append a delta per
 * counted rating, so that concurrent intakes never wait for one another, and this moves them into
 * {@code cube_cell} a bounded pass at a time, keeping the delta table small for the readers of
 * {@code cube_current}.
 *
 * <p>A pass reads its deltas in the transaction's snapshot, which holds only committed ones and
 * never waits; it deletes exactly those ids, and adds their sums to the cells, in one transaction.
 * A delta committed later with a lower id (sequence numbers are taken before commit) is simply
 * left for the next pass: the pass deletes by the ids it read, one by one, never by a range. When another node's pass, or a cycle's rebuild, removed some of them
 * first, fewer rows are deleted than read and the pass rolls back: nothing is ever counted twice.
 */
@ApplicationScoped
public class CubeFolder {

    /** Deltas per pass: a few seconds of national peak intake in one short transaction. */
    static final int PASS = 20_000;
    private static final int DELETE_CHUNK = 2_000;

    private static final List<String> CELL_COLUMNS = List.of("cycle_id", "agency_id", "indicator_id", "region", "age_band", "level",
            "n", "w", "w2");

    private static final String ADD_TO_CELL = " ON DUPLICATE KEY UPDATE cube_cell.n = cube_cell.n + VALUES(n),"
            + " cube_cell.w = cube_cell.w + VALUES(w), cube_cell.w2 = cube_cell.w2 + VALUES(w2)";

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    /**
     * One pass: folds up to {@link #PASS} committed deltas, oldest first.
     *
     * @return how many deltas were folded (fewer than {@link #PASS}: none are waiting now)
     * @throws IllegalStateException when another pass or a rebuild took some of them first; this one changed nothing
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int foldPass() {
        List<Row> ids = NativeSql.query(em, "SELECT id, id FROM cube_delta ORDER BY id LIMIT " + PASS);
        if (ids.isEmpty()) {
            return 0;
        }
        long upTo = ids.get(ids.size() - 1).longValue(0);
        // The same snapshot as the ids: exactly the deltas listed, nothing committed since.
        List<Row> sums = NativeSql.query(em, """
                SELECT cycle_id, agency_id, indicator_id, region, age_band, level, SUM(n), SUM(w), SUM(w2)
                FROM cube_delta WHERE id <= ?
                GROUP BY cycle_id, agency_id, indicator_id, region, age_band, level""", upTo);
        long deleted = 0;
        for (List<Row> chunk : chunks(ids)) {
            // Each id alone, never a range: a range's end would lock the gap where intake appends its
            // next deltas, and every intake would wait for this pass. The ids are the table's own numbers.
            String list = chunk.stream().map(row -> Long.toString(row.longValue(0))).collect(Collectors.joining(","));
            deleted += em.createNativeQuery("DELETE FROM cube_delta WHERE id IN (" + list + ")").executeUpdate();
        }
        if (deleted != ids.size()) {
            throw new IllegalStateException("cube deltas folded meanwhile by another pass or a cycle's rebuild: "
                    + deleted + " of " + ids.size() + " left; this pass is rolled back");
        }
        List<Object[]> cells = new ArrayList<>(sums.size());
        for (Row sum : sums) {
            Object[] cell = new Object[CELL_COLUMNS.size()];
            for (int column = 0; column < cell.length; column++) {
                cell[column] = sum.get(column);
            }
            cells.add(cell);
        }
        NativeSql.insertRows(em, "cube_cell", CELL_COLUMNS, cells, ADD_TO_CELL);
        return ids.size();
    }

    private static List<List<Row>> chunks(List<Row> ids) {
        List<List<Row>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += DELETE_CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + DELETE_CHUNK)));
        }
        return chunks;
    }
}
