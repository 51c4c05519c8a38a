-- Demo accounts, one per role, with the passwords printed in the README (<role>-demo).
-- Applied only when minping.demo.accounts=true (the README's run command and the tests);
-- a production deployment leaves it off and creates its accounts through administration.
-- Each has a person's name, as a real account would: a name is the same in both languages.
-- Repeatable and idempotent: Flyway re-applies it whenever this file changes.

INSERT INTO user_account (username, password_hash, display_name, agency_id, enabled, created_at)
SELECT d.username, d.password_hash, d.display_name, a.id, TRUE, UTC_TIMESTAMP(6)
FROM (
  SELECT 'citizen' AS username, '$shiro2$argon2id$v=19$t=1,m=65536,p=4$78jQGZbomc64lD0vplvwmA$xlN+Y/8iQORYorHTfVrNs5LgBdn9fhEIAyUdHYmIGe0' AS password_hash, '王芳' AS display_name, NULL AS agency_code
  UNION ALL SELECT 'evaluator', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$QjJXgC7PVC/5NSSOMemG7g$tdn6r2rVa/2084lWAkkiMOfrgpBZX67KClWdpqfquCo', '李强', NULL
  UNION ALL SELECT 'expert', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$4iFTKyIlSR17rcczWPvxEA$wRQ3xJvIW/opHDdvf8Y4MzH+rR4fO0VFuIFy4ZuuyoQ', '张伟', NULL
  UNION ALL SELECT 'agency', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$tLRuu2PTDXB9F4nAX3Brig$rQrfWC+/B3Pm9AXtIqZ0C8gvyXezukcVegxOmIGc+64', '刘洋', 'HZ'
  UNION ALL SELECT 'moderator', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$qNU5fcSzsl2ix1eZiYcRYA$3GUSwK0P+iV3MfQyxVzKNRgfIJjSBMAySyQMxNeZ4CA', '陈静', NULL
  UNION ALL SELECT 'admin', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$ve+onIdF55b1ImgJhEPMgg$287I/4qa2bNMVTgW+w82UBsc44NXH6uHU/O+zs7DmK0', '赵磊', NULL
  UNION ALL SELECT 'auditor', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$fTpUapSDTGprYE6jI3+Fxg$idqc6cpV0FwkB+46wr5n3G1GDMMXBy++6+iakvsv6aU', '孙丽', NULL
) d
LEFT JOIN agency a ON a.code = d.agency_code
ON DUPLICATE KEY UPDATE password_hash = VALUES(password_hash), display_name = VALUES(display_name),
                        agency_id = VALUES(agency_id), enabled = TRUE;

INSERT IGNORE INTO user_role (user_id, role)
SELECT u.id, u.username FROM user_account u
WHERE u.username IN ('citizen', 'evaluator', 'expert', 'agency', 'moderator', 'admin', 'auditor');
