package org.lodestar.methodology.web;

import org.lodestar.methodology.Knowledge;
import org.lodestar.methodology.Lifecycles;
import org.lodestar.methodology.Tailoring;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The organisation's lifecycles in the web UI, in the reader's language. */
@Controller
class LifecyclesController {

    private final Lifecycles lifecycles;
    private final Knowledge knowledge;

    LifecyclesController(Lifecycles lifecycles, Knowledge knowledge) {
        this.lifecycles = lifecycles;
        this.knowledge = knowledge;
    }

    @GetMapping("/methodology/knowledge")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("hits", knowledge.search(q));
        return "methodology/knowledge";
    }

    @GetMapping("/methodology/knowledge/{id}")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("page", knowledge.get(id));
        return "methodology/page";
    }

    @GetMapping("/methodology")
    String list(Model model) {
        model.addAttribute("lifecycles", lifecycles.all());
        model.addAttribute("smallUpTo", Tailoring.SMALL_UP_TO);
        model.addAttribute("mediumUpTo", Tailoring.MEDIUM_UP_TO);
        return "methodology/list";
    }

    @GetMapping("/methodology/{id}")
    String lifecycle(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
        model.addAttribute("lifecycle", version == null ? lifecycles.get(id) : lifecycles.get(id, version));
        return "methodology/lifecycle";
    }
}
