#!/bin/sh
# The portal's runtime account: rows of the schema, never its structure, so whoever controls the
# portal cannot drop the audit chain's triggers. The image's MYSQL_USER owns the schema and runs
# the migrations. Run once by the MySQL image, on an empty data directory.
set -eu
mysql -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE USER IF NOT EXISTS 'minping'@'%' IDENTIFIED BY '${MINPING_DB_PASSWORD}';
GRANT SELECT, INSERT, UPDATE, DELETE, EXECUTE ON \`${MYSQL_DATABASE}\`.* TO 'minping'@'%';
SQL
