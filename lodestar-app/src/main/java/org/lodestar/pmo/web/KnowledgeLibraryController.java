package org.lodestar.pmo.web;

import org.lodestar.platform.InvalidInputException;
import org.lodestar.pmo.KnowledgeLibrary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The knowledge library's search page: guidance and lessons learned found together. */
@Controller
class KnowledgeLibraryController {

    private final KnowledgeLibrary library;

    KnowledgeLibraryController(KnowledgeLibrary library) {
        this.library = library;
    }

    @GetMapping("/pmo/library")
    String search(@RequestParam(required = false) String q, Model model) {
        try {
            model.addAttribute("results", library.search(q));
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
            model.addAttribute("results", library.search(""));
        }
        model.addAttribute("q", q);
        return "pmo/library";
    }
}
