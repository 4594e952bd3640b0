package org.lodestar.platform;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * An administrator's change to a person; {@code version} is the version the change was made from. A change replaces
 * the person's details as a whole: a {@code preferredLanguage} left out (null) means none.
 */
public record PersonChange(
        @NotBlank @Size(max = 120) String displayName,
        @Email @Size(max = 200) String email,
        @Size(max = 120) String jobTitle,
        @Size(max = 120) String businessUnit,
        @NotNull Set<Role> roles,
        boolean enabled,
        @NotNull Long version,
        @Pattern(regexp = Languages.CODES, message = "{validation.language}") String preferredLanguage) {

    /** Roles must be given (possibly empty): a change that leaves them out does not silently remove them all. */
    public PersonChange {
        roles = roles == null ? null : Set.copyOf(roles);
        preferredLanguage = Texts.blankToNull(preferredLanguage);
    }

    /** A change that sets no preferred language. */
    public PersonChange(String displayName, String email, String jobTitle, String businessUnit, Set<Role> roles,
                        boolean enabled, Long version) {
        this(displayName, email, jobTitle, businessUnit, roles, enabled, version, null);
    }

    /** The same change, made from the given version. */
    public PersonChange withVersion(long fromVersion) {
        return new PersonChange(displayName, email, jobTitle, businessUnit, roles, enabled, fromVersion,
                preferredLanguage);
    }
}
