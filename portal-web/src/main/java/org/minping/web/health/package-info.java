/** Readiness checks served at /health/ready. */
package org.minping.web.health;
