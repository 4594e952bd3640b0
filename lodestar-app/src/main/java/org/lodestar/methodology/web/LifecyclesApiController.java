package org.lodestar.methodology.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.methodology.Classification;
import org.lodestar.methodology.Knowledge;
import org.lodestar.methodology.KnowledgeCommand;
import org.lodestar.methodology.KnowledgeHit;
import org.lodestar.methodology.KnowledgePage;
import org.lodestar.methodology.LifecycleRevision;
import org.lodestar.methodology.LifecycleSummary;
import org.lodestar.methodology.LifecycleView;
import org.lodestar.methodology.Lifecycles;
import org.lodestar.methodology.Questionnaire;
import org.lodestar.methodology.Tailoring;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Methodology", description = "Lifecycles, their versions and tailoring")
class LifecyclesApiController implements AuthorisedFirst {

    private final Lifecycles lifecycles;
    private final Tailoring tailoring;
    private final Knowledge knowledge;
    private final OrganisationRights rights;

    LifecyclesApiController(Lifecycles lifecycles, Tailoring tailoring, Knowledge knowledge,
                            OrganisationRights rights) {
        this.knowledge = knowledge;
        this.lifecycles = lifecycles;
        this.tailoring = tailoring;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        if (handler.equals("revise") || handler.equals("createPage") || handler.equals("changePage")) {
            rights.require(OrganisationAct.DEFINE_LIFECYCLES);
        }
    }

    @GetMapping("/lifecycles")
    @Operation(operationId = "listLifecycles", summary = "The organisation's lifecycles, in the reader's language")
    List<LifecycleSummary> all() {
        return lifecycles.all();
    }

    @GetMapping("/lifecycles/{id}")
    @Operation(operationId = "getLifecycle",
            summary = "One lifecycle: its current version, or the version asked for, in the reader's language")
    LifecycleView lifecycle(@PathVariable long id,
                            @Parameter(description = "a version number; the current one when left out")
                            @RequestParam(required = false) Integer version) {
        return version == null ? lifecycles.get(id) : lifecycles.get(id, version);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/lifecycles/{id}/versions")
    @Operation(operationId = "reviseLifecycle",
            summary = "Store a new version of a lifecycle with new guidance and tailoring rules (PMO); projects on "
                    + "it keep their version. 400 naming each unknown phase, item or gate; 409 when stale")
    ResponseEntity<LifecycleView> revise(@PathVariable long id, @RequestBody LifecycleRevision revision) {
        LifecycleView revised = lifecycles.revise(id, revision);
        return ResponseEntity.created(URI.create("/api/v1/lifecycles/" + id + "?version=" + revised.number()))
                .body(revised);
    }

    @GetMapping("/knowledge")
    @Operation(operationId = "searchKnowledge",
            summary = "Guidance pages and the lifecycles' phase guidance containing every word of q (all pages when "
                    + "q is blank), in the reader's language")
    List<KnowledgeHit> search(@RequestParam(required = false) String q) {
        return knowledge.search(q);
    }

    @GetMapping("/knowledge/{id}")
    @Operation(operationId = "getKnowledgePage", summary = "One guidance page")
    KnowledgePage page(@PathVariable long id) {
        return knowledge.get(id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/knowledge")
    @Operation(operationId = "createKnowledgePage",
            summary = "Write a guidance page for all, a lifecycle or one of its phases (PMO); 400 naming each bad field")
    ResponseEntity<KnowledgePage> createPage(@RequestBody KnowledgeCommand command) {
        KnowledgePage created = knowledge.create(command);
        return ResponseEntity.created(URI.create("/api/v1/knowledge/" + created.id())).body(created);
    }

    @PutMapping("/knowledge/{id}")
    @Operation(operationId = "updateKnowledgePage", summary = "Change a guidance page (PMO); 409 when stale")
    KnowledgePage changePage(@PathVariable long id, @RequestBody KnowledgeCommand command) {
        return knowledge.change(id, command);
    }

    @PostMapping("/tailoring/classification")
    @Operation(operationId = "classifyProject",
            summary = "Score a tailoring questionnaire (each answer 1 to 3) into small, medium or large; "
                    + "stores nothing. 400 naming each missing or out-of-range answer")
    Classification classify(@RequestBody Questionnaire answers) {
        return tailoring.classify(answers);
    }
}
