/** Two-factor sign-in for the privileged roles: TOTP codes, recovery codes and the office's policy. */
package org.minping.core.twofactor;
