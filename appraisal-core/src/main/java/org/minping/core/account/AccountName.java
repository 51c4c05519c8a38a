package org.minping.core.account;

/** An account as the administrators' lists name it: the user name, and the name of the person who holds it. */
public record AccountName(String username, String displayName) {
}
