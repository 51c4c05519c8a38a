#!/usr/bin/env bash
# Benchmark (d): the scoring cube of a cycle over N counted appraisals (default 10 million) and as
# many indicator ratings, in throw-away databases on the local MariaDB. MariaDB only: rows are
# generated with its SEQUENCE engine.
#
#   sql/bench/cube-benchmark.sh [N] [M]
#
# 1. What keeping the cube costs at intake: M rows (default 200,000) inserted into a schema with the
#    cube triggers and a cycle covering them, against the same rows into a schema without them.
# 2. What a scoring run reads: N appraisals spread over 2026 are loaded, the 2026 cycle is created
#    (its trigger builds the cube once), and the run's cube query is timed three times.
#
# The databases minping_bench and minping_bench_plain are dropped and created again.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-10000000}
M=${2:-200000}
MYSQL=(mariadb -h127.0.0.1 -uroot --default-character-set=utf8mb4)
MIGRATIONS=$(ls -v sql/migration/V*.sql)
PLAIN_MIGRATIONS=$(ls -v sql/migration/V*.sql | grep -v V12__maintained_cube.sql)

now() { date +%s.%N; }
seconds() { echo "$2 - $1" | bc; }

create() { # database, migrations
  "${MYSQL[@]}" -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  cat $2 | "${MYSQL[@]}" "$1"
  "${MYSQL[@]}" "$1" <<SQL
-- 1,000 agencies over the four tracks, as in the JMH benchmark.
INSERT INTO agency (code, name_zh, short_name_zh, name_en, kind, track_id, region_id, sort_order)
SELECT CONCAT('B', LPAD(seq, 4, '0')), CONCAT('机关', seq), CONCAT('机关', seq), CONCAT('Agency ', seq), 'MINISTRY',
       1 + seq % 4, 1 + seq % 9, 100 + seq
FROM seq_1_to_1000 ORDER BY seq;
SQL
}

load() { # database, first sequence number, last sequence number
  "${MYSQL[@]}" "$1" <<SQL
SET SESSION unique_checks = 0;
SET SESSION foreign_key_checks = 0;
-- Each generated row finds its agency and the agency's system by number in a small table;
-- STRAIGHT_JOIN keeps the generated rows outermost (driven from the small table, the optimizer
-- scanned the generated rows once per agency).
CREATE TEMPORARY TABLE bench_agency (n INT PRIMARY KEY, agency_id BIGINT NOT NULL, system_id BIGINT NOT NULL)
SELECT CAST(SUBSTRING(a.code, 2) AS INT) % 1000 AS n, a.id AS agency_id, s.id AS system_id
FROM agency a JOIN indicator_system s ON s.track_id = a.track_id AND s.template
WHERE a.code REGEXP '^B[0-9]{4}\$';
SELECT COALESCE(MAX(id), 0) INTO @before FROM appraisal;
-- Arriving in time order over 2026, as real appraisals do; region, age band (5 x 4 strata) and level mixed by CRC32;
-- a tenth of the raters at half weight.
INSERT INTO appraisal (receipt, agency_id, indicator_system_id, channel, overall_level, status, respondent_region,
                       respondent_age_band, submitted_at, trust_weight)
SELECT STRAIGHT_JOIN CONCAT('MB-', g.seq), b.agency_id, b.system_id, 'API', 1 + CRC32(g.seq * 13) % 5, 'PUBLISHED',
       ELT(1 + CRC32(g.seq) % 5, 'BJ', 'ZJ', 'GD', 'SC', 'CN'), ELT(1 + CRC32(g.seq * 7) % 4, '18-29', '30-44', '45-59', '60+'),
       TIMESTAMP '2026-01-01 00:00:00' + INTERVAL (g.seq - 1) * 31536000 DIV $3 SECOND, IF(g.seq % 10 = 0, 0.5, 1.0)
FROM seq_$2_to_$3 g JOIN bench_agency b ON b.n = g.seq % 1000;
-- One rated indicator per appraisal: EFFICIENCY of its track's system.
INSERT INTO appraisal_rating (appraisal_id, indicator_id, level)
SELECT a.id, i.id, 1 + CRC32(a.id * 104729) % 5
FROM appraisal a JOIN indicator i ON i.system_id = a.indicator_system_id AND i.code = 'EFFICIENCY'
WHERE a.id > @before;
SQL
}

echo "== 1. keeping the cube at intake: $M appraisals and $M ratings"
create minping_bench_plain "$PLAIN_MIGRATIONS"
t0=$(now); load minping_bench_plain 1 "$M"; t1=$(now)
plain=$(seconds "$t0" "$t1")
echo "without the cube triggers: $plain s"
create minping_bench "$MIGRATIONS"
t0=$(now); load minping_bench 1 "$M"; t1=$(now)
kept=$(seconds "$t0" "$t1")
echo "with the cube kept for the 2026 cycle: $kept s (ratio $(echo "scale=2; $kept / $plain" | bc))"
"${MYSQL[@]}" -e "DROP DATABASE minping_bench_plain"

echo "== 2. a run's cube over $N appraisals and $N ratings"
# Loaded without the triggers (at ~0.1 ms a row they would take most of an hour for 10 million),
# then migrated to V12 as an existing database would be: the migration builds the cube once.
create minping_bench "$PLAIN_MIGRATIONS"
t0=$(now); load minping_bench 1 "$N"; "${MYSQL[@]}" minping_bench -e "ANALYZE TABLE appraisal, appraisal_rating" >/dev/null; t1=$(now)
echo "loaded in $(seconds "$t0" "$t1") s"
t0=$(now)
"${MYSQL[@]}" minping_bench < sql/migration/V12__maintained_cube.sql
t1=$(now)
echo "migration V12 built the cube in $(seconds "$t0" "$t1") s"

# The query of ScoringInputAssembler, with the cycle bound in; its rows are read by the client.
CUBE=$(sed -n '/private static final String CUBE = """/,/""";/p' \
  appraisal-core/src/main/java/org/minping/core/evaluation/ScoringInputAssembler.java \
  | sed '1d;$d' | sed "s/c.cycle_id = ?/c.cycle_id = (SELECT id FROM evaluation_cycle WHERE code = '2026')/")
for run in 1 2 3; do
  t0=$(now)
  result=$("${MYSQL[@]}" -N -B minping_bench -e "$CUBE" | awk -F '\t' '{ cells++; if ($2 == "OVERALL") n += $6 } END { print cells, n }')
  t1=$(now)
  echo "run's cube query $run: $result (cells, appraisals) in $(seconds "$t0" "$t1") s"
done
