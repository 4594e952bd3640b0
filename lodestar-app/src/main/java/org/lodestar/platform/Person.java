package org.lodestar.platform;

import java.util.Set;

/**
 * A person known to Lodestar; {@code canSignIn} is false for people who have no password (and no login).
 * {@code preferredLanguage} is one of {@link Languages#SUPPORTED}'s codes ({@code en}, {@code fr}, {@code ja},
 * {@code ko}), or null when they chose none.
 */
public record Person(UserId id, String username, String displayName, String email, String jobTitle,
                     String businessUnit, Set<Role> roles, boolean enabled, boolean canSignIn, long version,
                     String preferredLanguage) {
}
