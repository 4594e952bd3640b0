package org.lodestar.platform;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A person to create. A {@code password} of null creates a person without a login (a sponsor or team member who
 * only appears in the registry). {@code preferredLanguage} is {@code en}, {@code fr}, {@code ja}, {@code ko} or
 * null (none: the browser's language, and the installation's for mail).
 */
public record NewPerson(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-zA-Z0-9._-]+", message = "{validation.username}") String username,
        @NotBlank @Size(max = 120) String displayName,
        @Email @Size(max = 200) String email,
        @Size(max = 120) String jobTitle,
        @Size(max = 120) String businessUnit,
        Set<Role> roles,
        @Size(max = 200) String password,
        @Pattern(regexp = Languages.CODES, message = "{validation.language}") String preferredLanguage) {

    public NewPerson {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        preferredLanguage = Texts.blankToNull(preferredLanguage);
    }

    /** A person without a preferred language. */
    public NewPerson(String username, String displayName, String email, String jobTitle, String businessUnit,
                     Set<Role> roles, String password) {
        this(username, displayName, email, jobTitle, businessUnit, roles, password, null);
    }
}
