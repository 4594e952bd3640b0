package org.lodestar.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.lodestar.platform.NewPerson;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.PersonChange;
import org.lodestar.platform.UserId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "People known to Lodestar, their roles and accounts")
class PeopleApiController {

    private final People people;

    PeopleApiController(People people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "All people, by display name")
    List<Person> all() {
        return people.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person")
    Person one(@PathVariable long id) {
        return people.get(new UserId(id));
    }

    @PostMapping
    @Operation(summary = "Create a person (administrators); without a password the person cannot sign in")
    ResponseEntity<Person> create(@Valid @RequestBody NewPerson person) {
        Person created = people.create(person);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id().value())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a person (administrators); 409 when the version is stale")
    Person change(@PathVariable long id, @Valid @RequestBody PersonChange change) {
        return people.change(new UserId(id), change);
    }
}
