package org.lodestar.pmo.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.lodestar.pmo.KnowledgeLibrary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Knowledge library", description = "One search across the methodology's guidance and the lessons learned, in any of the four languages")
class KnowledgeLibraryApiController {

    private final KnowledgeLibrary library;

    KnowledgeLibraryApiController(KnowledgeLibrary library) {
        this.library = library;
    }

    @GetMapping("/api/v1/library")
    @Operation(operationId = "searchLibrary", summary = "Guidance (in the reader's language) and lessons learned whose text contains the query's words")
    KnowledgeLibrary.Results searchLibrary(@RequestParam(required = false) String q) {
        return library.search(q);
    }
}
