/** Portal accounts and the roles and permissions they carry. */
package org.minping.core.account;
