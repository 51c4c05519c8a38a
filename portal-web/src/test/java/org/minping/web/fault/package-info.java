/**
 * The fault tier: the portal killed, its database stopped, the portal stopped under load; each
 * test runs its own Payara Micro (and for the outage its own database server) on loopback.
 */
package org.minping.web.fault;
