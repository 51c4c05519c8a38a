/** Start-up configuration: the data source, schema migrations and settings read from the environment. */
package org.minping.web.config;
