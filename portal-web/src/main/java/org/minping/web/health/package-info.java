/** Readiness checks served at /health/ready, and the graceful stop that turns them DOWN first. */
package org.minping.web.health;
