package org.minping.web.fault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the database holds of a run, counted against what the portal acknowledged: an acknowledged
 * appraisal is present when its receipt is stored with its own comment and its Idempotency-Key
 * points at it; a duplicate is a second stored appraisal of one submission.
 */
record Tally(int acknowledged, int present, int duplicates, int lost) {

    static Tally count(Connection db, String run, Map<String, String> receipts) throws SQLException {
        Pattern marker = Pattern.compile("\\[" + run + "-(\\d+)]");
        Map<String, Integer> storedPerMarker = new HashMap<>();
        Map<String, String> markerOfReceipt = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT receipt, comment_text FROM appraisal WHERE comment_text LIKE ?")) {
            query.setString(1, "%[" + run + "-%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Matcher found = marker.matcher(rows.getString(2));
                    if (found.find()) {
                        storedPerMarker.merge(found.group(), 1, Integer::sum);
                        markerOfReceipt.put(rows.getString(1), found.group());
                    }
                }
            }
        }
        Map<String, String> receiptOfKey = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("SELECT i.idem_key, a.receipt FROM idempotency_record i"
                + " JOIN appraisal a ON a.id = i.appraisal_id WHERE i.idem_key LIKE ?")) {
            query.setString(1, "fault-" + run + "-%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    receiptOfKey.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        int present = 0;
        for (Map.Entry<String, String> acknowledged : receipts.entrySet()) {
            String key = acknowledged.getKey();
            String expectedMarker = Submission.of(run, Integer.parseInt(key.substring(key.lastIndexOf('-') + 1))).marker();
            if (expectedMarker.equals(markerOfReceipt.get(acknowledged.getValue()))
                    && acknowledged.getValue().equals(receiptOfKey.get(key))) {
                present++;
            }
        }
        int duplicates = storedPerMarker.values().stream().mapToInt(stored -> stored - 1).sum();
        return new Tally(receipts.size(), present, duplicates, receipts.size() - present);
    }

    /** The line the fault tier prints for each test. */
    String line(String test) {
        return "[fault] " + test + ": acknowledged " + acknowledged + " / present " + present
                + " / duplicates " + duplicates + " / lost " + lost;
    }
}
