package org.lodestar.platform.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lodestar.platform.Person;
import org.lodestar.platform.Role;
import org.lodestar.platform.Texts;
import org.lodestar.platform.UserId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person and, when they have a password, their account. */
@Table("app_user")
public class User {

    @Id
    private Long id;
    private String username;
    private String displayName;
    private String email;
    private String jobTitle;
    private String businessUnit;
    private String passwordHash;
    private String preferredLocale;
    private boolean enabled;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "app_user")
    private Set<UserRole> roles = new HashSet<>();

    User() {
    }

    public static User create(String username, String displayName, String email, String jobTitle,
                              String businessUnit, Set<Role> roles, String passwordHash, String preferredLanguage,
                              Instant now) {
        User user = new User();
        user.username = username;
        user.displayName = displayName;
        user.email = Texts.blankToNull(email);
        user.jobTitle = Texts.blankToNull(jobTitle);
        user.businessUnit = Texts.blankToNull(businessUnit);
        user.passwordHash = passwordHash;
        user.preferredLocale = preferredLanguage;
        user.enabled = true;
        user.createdAt = now;
        user.updatedAt = now;
        user.assignRoles(roles);
        return user;
    }

    public void change(String displayName, String email, String jobTitle, String businessUnit, Set<Role> roles,
                       boolean enabled, String preferredLanguage, long fromVersion, Instant now) {
        this.displayName = displayName;
        this.email = Texts.blankToNull(email);
        this.jobTitle = Texts.blankToNull(jobTitle);
        this.businessUnit = Texts.blankToNull(businessUnit);
        this.enabled = enabled;
        this.preferredLocale = preferredLanguage;
        this.version = fromVersion;
        this.updatedAt = now;
        assignRoles(roles);
    }

    /** The language the person reads and is written to in ({@code en}, {@code fr}, {@code ja}, {@code ko}), or none. */
    public void changePreferredLanguage(String language, Instant now) {
        this.preferredLocale = language;
        this.updatedAt = now;
    }

    /** Sets a new password hash; the version moves on like any other change. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
    }

    private void assignRoles(Set<Role> newRoles) {
        roles = newRoles.stream().map(UserRole::new).collect(Collectors.toCollection(HashSet::new));
    }

    public Person toPerson() {
        return new Person(new UserId(id), username, displayName, email, jobTitle, businessUnit, roleSet(), enabled,
                passwordHash != null, version == null ? 0 : version, preferredLocale);
    }

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(role -> set.add(role.role()));
        return set;
    }

    /** Field values as shown in the audit trail; the password hash is never among them. */
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("username", username);
        snapshot.put("displayName", displayName);
        snapshot.put("email", email);
        snapshot.put("jobTitle", jobTitle);
        snapshot.put("businessUnit", businessUnit);
        snapshot.put("roles", String.join(", ", new TreeSet<>(roleSet().stream().map(Enum::name).toList())));
        snapshot.put("enabled", Boolean.toString(enabled));
        snapshot.put("preferredLanguage", preferredLocale);
        return snapshot;
    }


    public Long id() { return id; }
    public String username() { return username; }
    public String passwordHash() { return passwordHash; }
    public boolean enabled() { return enabled; }
    public long version() { return version == null ? 0 : version; }
    public String displayName() { return displayName; }
}
