package org.lodestar.platform.web;

import java.util.EnumSet;
import java.util.Set;
import org.lodestar.platform.NewPerson;
import org.lodestar.platform.Person;
import org.lodestar.platform.PersonChange;
import org.lodestar.platform.Role;
import org.lodestar.platform.Texts;

/** The administrator's person form, as posted. */
public class PersonForm {

    private String username;
    private String displayName;
    private String email;
    private String jobTitle;
    private String businessUnit;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String password;
    private boolean enabled = true;
    private String preferredLanguage;
    private Long version;

    static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.username = person.username();
        form.displayName = person.displayName();
        form.email = person.email();
        form.jobTitle = person.jobTitle();
        form.businessUnit = person.businessUnit();
        form.roles = person.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(person.roles());
        form.enabled = person.enabled();
        form.preferredLanguage = person.preferredLanguage();
        form.version = person.version();
        return form;
    }

    NewPerson toNewPerson() {
        return new NewPerson(username, displayName, Texts.blankToNull(email), jobTitle, businessUnit, roles,
                password == null || password.isEmpty() ? null : password, // a password is kept as typed
                preferredLanguage);
    }

    PersonChange toChange() {
        return new PersonChange(displayName, Texts.blankToNull(email), jobTitle, businessUnit, roles, enabled, version,
                preferredLanguage);
    }


    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public String getBusinessUnit() { return businessUnit; }
    public void setBusinessUnit(String businessUnit) { this.businessUnit = businessUnit; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(String preferredLanguage) { this.preferredLanguage = preferredLanguage; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
