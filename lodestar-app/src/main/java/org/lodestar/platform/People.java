package org.lodestar.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lodestar.platform.internal.PersonRows;
import org.lodestar.platform.internal.User;
import org.lodestar.platform.internal.Users;
import org.lodestar.platform.security.SignInThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everyone known to Lodestar: lookup for all modules, and creation and change by administrators. */
@Service
public class People {

    static final String AUDIT_TYPE = "user";

    private final Users users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final InputValidation validation;
    private final int minimumPasswordLength;
    private final ApiTokens tokens;
    private final SignInThrottle throttle;
    private final PersonRows personRows;

    People(Users users, PasswordEncoder passwords, AuditTrail audit, CurrentUser currentUser, Clock clock,
           InputValidation validation, ApiTokens tokens, SignInThrottle throttle, PersonRows personRows,
           @Value("${lodestar.demo}") boolean demo) {
        this.personRows = personRows;
        this.tokens = tokens;
        this.throttle = throttle;
        this.validation = validation;
        // demo accounts share the well-known password "demo"; real installations get a real minimum
        this.minimumPasswordLength = demo ? 4 : 10;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Person> all() {
        return personRows.all();
    }

    @Transactional(readOnly = true)
    public Map<Long, Person> byId() {
        return all().stream().collect(Collectors.toMap(person -> person.id().value(), Function.identity()));
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(UserId id) {
        return users.findById(id.value()).map(User::toPerson);
    }

    @Transactional(readOnly = true)
    public Person get(UserId id) {
        return find(id).orElseThrow(() -> new NotFoundException("person " + id.value()));
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return users.count() == 0;
    }

    /** Creates a person; only administrators may, except while the system sets itself up (no one signed in). */
    @Transactional
    public Person create(NewPerson person) {
        currentUser.find().ifPresent(PEOPLE_ADMIN::check);
        var problems = new InvalidInputException.Collector();
        validation.check(person, problems);
        if (person.username() != null && users.findByUsername(person.username()).isPresent()) {
            problems.add("username", "validation.username.taken", person.username());
        }
        if (person.password() != null && person.password().length() < minimumPasswordLength) {
            problems.add("password", "validation.password.length", minimumPasswordLength);
        }
        problems.throwIfAny();
        String hash = person.password() == null ? null : passwords.encode(person.password());
        User user = users.save(User.create(person.username(), person.displayName(), person.email(),
                person.jobTitle(), person.businessUnit(), person.roles(), hash, person.preferredLanguage(),
                Instant.now(clock)));
        audit.created(AUDIT_TYPE, user.id(), user.displayName(), user.auditSnapshot());
        return user.toPerson();
    }

    /**
     * Lifts a person's sign-in lock, and clears their count of failed sign-ins (administrators), so that they may
     * sign in at once; false when they had none. Audited. A locked client address is left to expire.
     */
    @Transactional
    public boolean liftSignInLock(UserId id) {
        PEOPLE_ADMIN.check(currentUser.actor());
        return throttle.lift(get(id).username());
    }

    /** When a person's sign-in lock ends, if they are locked out now. */
    @Transactional(readOnly = true)
    public Optional<Instant> signInLockedUntil(UserId id) {
        return throttle.accountLockedUntil(get(id).username());
    }

    @Transactional
    public Person change(UserId id, PersonChange change) {
        PEOPLE_ADMIN.check(currentUser.actor());
        validation.check(change);
        User user = users.findById(id.value()).orElseThrow(() -> new NotFoundException("person " + id.value()));
        StaleVersionException.check(change.version(), user.version(), "person " + id.value());
        checkAdministratorsRemain(user, change);
        Map<String, String> before = user.auditSnapshot();
        user.change(change.displayName(), change.email(), change.jobTitle(), change.businessUnit(), change.roles(),
                change.enabled(), change.preferredLanguage(), change.version(), Instant.now(clock));
        user = users.save(user);
        audit.updated(AUDIT_TYPE, user.id(), user.displayName(), before, user.auditSnapshot());
        return user.toPerson();
    }

    /**
     * Sets the signed-in person's preferred language ({@code en}, {@code fr}, {@code ja}, {@code ko}; null or blank
     * for none): their mails and notices are written in it, and pages use it when the browser asks for no language
     * Lodestar speaks. Anything else is invalid input naming {@code preferredLanguage}.
     */
    @Transactional
    public Person changeOwnLanguage(String language) {
        Actor actor = currentUser.actor();
        String code = Texts.blankToNull(language);
        if (code != null && !Languages.isSupported(code)) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("preferredLanguage", "validation.language")));
        }
        User user = users.findById(actor.id().value()).orElseThrow(() -> new NotFoundException("person"));
        Map<String, String> before = user.auditSnapshot();
        user.changePreferredLanguage(code, Instant.now(clock));
        user = users.save(user);
        audit.updated(AUDIT_TYPE, user.id(), user.displayName(), before, user.auditSnapshot());
        return user.toPerson();
    }

    /** The preferred language of the signed-in person, if they chose one. */
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLanguageOfCurrentUser() {
        return currentUser.find().flatMap(actor -> users.findById(actor.id().value()))
                .flatMap(user -> Languages.of(user.toPerson().preferredLanguage()));
    }

    /**
     * Changes the signed-in person's own password after checking the current one. Recorded in the audit trail as a
     * change of the field {@code password} to the word {@code changed}: never a hash, never the password. The
     * person's API tokens are revoked with it.
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Actor actor = currentUser.actor();
        User user = users.findById(actor.id().value()).orElseThrow(() -> new NotFoundException("person"));
        var problems = new InvalidInputException.Collector();
        if (currentPassword == null || user.passwordHash() == null
                || !passwords.matches(currentPassword, user.passwordHash())) {
            problems.add("currentPassword", "validation.password.wrong");
        }
        if (newPassword == null || newPassword.length() < minimumPasswordLength) {
            problems.add("newPassword", "validation.password.length", minimumPasswordLength);
        } else if (newPassword.length() > 200) {
            problems.add("newPassword", "validation.password.tooLong");
        }
        problems.throwIfAny();
        user.changePassword(passwords.encode(newPassword), Instant.now(clock));
        users.save(user);
        Map<String, String> unchanged = new HashMap<>();
        unchanged.put("password", null);
        audit.updated(AUDIT_TYPE, user.id(), user.displayName(), unchanged, Map.of("password", "changed"));
        tokens.revokeAllOf(user.id());
    }

    /**
     * Administrators keep their own account and role, so that nobody locks themselves out by mistake; as only
     * administrators change people, an enabled administrator therefore always remains.
     */
    private void checkAdministratorsRemain(User user, PersonChange change) {
        boolean staysAdministrator = change.enabled() && change.roles().contains(Role.ADMINISTRATOR);
        if (!staysAdministrator && user.id() == currentUser.actor().id().value()) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem(
                    change.enabled() ? "roles" : "enabled", "validation.person.selfLockout")));
        }
    }

    private interface Rule {
        void check(Actor actor);
    }

    private static final Rule PEOPLE_ADMIN = actor ->
            Rights.require(OrganisationAct.MANAGE_PEOPLE.allows(actor), actor, OrganisationAct.MANAGE_PEOPLE.words());
}
