package org.lodestar.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.ETags;
import org.lodestar.platform.NewPerson;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.PersonChange;
import org.lodestar.platform.UserId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "People known to Lodestar, their roles and accounts")
class PeopleApiController implements AuthorisedFirst {

    private final People people;
    private final CurrentUser currentUser;
    private final OrganisationRights rights;

    PeopleApiController(People people, CurrentUser currentUser, OrganisationRights rights) {
        this.people = people;
        this.currentUser = currentUser;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        if (handler.equals("create") || handler.equals("change") || handler.equals("liftSignInLock")) {
            rights.require(OrganisationAct.MANAGE_PEOPLE);
        }
    }

    @GetMapping
    @Operation(operationId = "listUsers", summary = "All people, by display name (requesters see names only)")
    List<Person> all() {
        return people.all().stream().map(this::asSeen).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getUser", summary = "One person (requesters see the name only)")
    ResponseEntity<Person> one(@PathVariable long id) {
        Person person = asSeen(people.get(new UserId(id)));
        return ETags.tagged(ResponseEntity.ok(), person, person.version());
    }

    @DeleteMapping("/{id}/sign-in-lock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "liftSignInLock", summary = "Lift a person's sign-in lock and clear their failed "
            + "sign-ins (administrators); done when they had none too")
    void liftSignInLock(@PathVariable long id) {
        people.liftSignInLock(new UserId(id));
    }

    /** Requesters see who is who, not contact details or roles. */
    private Person asSeen(Person person) {
        if (!currentUser.actor().seesSummariesOnly()) return person;
        return new Person(person.id(), person.username(), person.displayName(), null, null, null, Set.of(),
                person.enabled(), person.canSignIn(), person.version(), null);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "createUser",
            summary = "Create a person (administrators); without a password the person cannot sign in")
    ResponseEntity<Person> create(@RequestBody NewPerson person) {
        Person created = people.create(person);
        return ETags.tagged(ResponseEntity.created(URI.create("/api/v1/users/" + created.id().value())), created,
                created.version());
    }

    /** The caller's preferred language: {@code en}, {@code fr}, {@code ja}, {@code ko}, or null for none. */
    record Language(String preferredLanguage) {
    }

    @PutMapping("/me/language")
    @Operation(operationId = "updateOwnLanguage",
            summary = "Set the caller's preferred language (en, fr, ja, ko; null for none): mails and "
            + "notifications are written in it, and it is the language of answers that ask for none")
    Person changeOwnLanguage(@RequestBody Language language) {
        return people.changeOwnLanguage(language.preferredLanguage());
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateUser", summary = "Change a person (administrators); 409 when the version is stale")
    ResponseEntity<Person> change(@PathVariable long id, @RequestBody PersonChange change,
                                 @Parameter(description = "the version, as an ETag, the change was made from")
                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long from = ETags.from(ifMatch, change.version());
        Person changed = people.change(new UserId(id), from == null ? change : change.withVersion(from));
        return ETags.tagged(ResponseEntity.ok(), changed, changed.version());
    }
}
