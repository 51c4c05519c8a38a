#!/usr/bin/env bash
# Benchmark (d): the scoring cube built by the portal's one SQL aggregation over N approved
# appraisals (default 10 million) and as many indicator ratings, in a throw-away database
# on the local MariaDB. MariaDB only: rows are generated with its SEQUENCE engine.
#
#   sql/bench/cube-benchmark.sh [N]        # prints load time and three timings of the cube query
#
# The database minping_bench is dropped and created again; nothing else is touched.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-10000000}
DB=minping_bench
MYSQL=(mariadb -h127.0.0.1 -uroot --default-character-set=utf8mb4)

"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
cat sql/migration/V*.sql | "${MYSQL[@]}" "$DB"

start=$(date +%s.%N)
"${MYSQL[@]}" "$DB" <<SQL
-- 1,000 agencies over the four tracks, as in the JMH benchmark.
INSERT INTO agency (code, name_zh, short_name_zh, name_en, kind, track_id, region_id, sort_order)
SELECT CONCAT('B', LPAD(seq, 4, '0')), CONCAT('机关', seq), CONCAT('机关', seq), CONCAT('Agency ', seq), 'MINISTRY',
       1 + seq % 4, 1 + seq % 9, 100 + seq
FROM seq_1_to_1000 ORDER BY seq;

SET SESSION unique_checks = 0;
SET SESSION foreign_key_checks = 0;
-- Agency and system ids are computed, not joined: a join against the generated rows lets the
-- optimizer drive from the small table and scan the 10 million rows once per agency.
SELECT MIN(id) - 1 INTO @agency_base FROM agency WHERE code LIKE 'B%';
CREATE TEMPORARY TABLE track_system AS SELECT track_id, id AS system_id FROM indicator_system WHERE template;
SELECT system_id INTO @system_1 FROM track_system WHERE track_id = 1;
SELECT system_id INTO @system_2 FROM track_system WHERE track_id = 2;
SELECT system_id INTO @system_3 FROM track_system WHERE track_id = 3;
SELECT system_id INTO @system_4 FROM track_system WHERE track_id = 4;
INSERT INTO appraisal (receipt, agency_id, indicator_system_id, channel, overall_level, status, respondent_region,
                       respondent_age_band, submitted_at, trust_weight)
SELECT CONCAT('MB-', seq), @agency_base + 1 + seq % 1000,
       ELT(1 + (1 + seq % 1000) % 4, @system_1, @system_2, @system_3, @system_4), 'API', 1 + (seq * 7919) % 5, 'PUBLISHED',
       ELT(1 + seq % 5, 'BJ', 'ZJ', 'GD', 'SC', 'CN'), ELT(1 + (seq DIV 5) % 4, '18-29', '30-44', '45-59', '60+'),
       '2026-06-01 12:00:00', IF(seq % 10 = 0, 0.5, 1.0)
FROM seq_1_to_${N};

-- One rated indicator per appraisal: EFFICIENCY of its track's system.
INSERT INTO appraisal_rating (appraisal_id, indicator_id, level)
SELECT a.id, i.id, 1 + (a.id * 104729) % 5
FROM appraisal a JOIN indicator i ON i.system_id = a.indicator_system_id AND i.code = 'EFFICIENCY';
ANALYZE TABLE appraisal, appraisal_rating;
SQL
loaded=$(date +%s.%N)
echo "loaded $N appraisals and $N ratings in $(echo "$loaded - $start" | bc) s"

# The query of ScoringInputAssembler, with the cycle's period bound in.
CUBE=$(sed -n '/private static final String CUBE = """/,/""";/p' \
  appraisal-core/src/main/java/org/minping/core/evaluation/ScoringInputAssembler.java \
  | sed '1d;$d' | sed "s/submitted_at >= ? AND a.submitted_at < ?/submitted_at >= '2026-01-01' AND a.submitted_at < '2027-01-01'/g")
for run in 1 2 3; do
  t0=$(date +%s.%N)
  cells=$("${MYSQL[@]}" -N "$DB" -e "SELECT COUNT(*) FROM ($CUBE) cube")
  t1=$(date +%s.%N)
  echo "cube query run $run: $cells cells in $(echo "$t1 - $t0" | bc) s"
done
