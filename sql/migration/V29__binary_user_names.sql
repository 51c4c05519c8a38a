-- User names are compared byte for byte: the case- and accent-folding collation let "admín" and
-- "admin" + a zero-width space sign in as "admin" while the login throttle counted them apart.
-- The portal brings every typed name to one canonical spelling (UserNames.canonical: NFKC, no
-- invisible characters, lower case) before it reaches these columns.
UPDATE user_account SET username = LOWER(TRIM(username));
ALTER TABLE user_account MODIFY username VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE pending_registration MODIFY username VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
