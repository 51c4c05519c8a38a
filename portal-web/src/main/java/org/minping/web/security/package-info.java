/** Apache Shiro integration: the database realm and the hardened filters. */
package org.minping.web.security;
