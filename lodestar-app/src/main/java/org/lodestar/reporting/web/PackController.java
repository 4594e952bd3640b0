package org.lodestar.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.lodestar.reporting.SteeringPack;
import org.lodestar.reporting.SteeringPacks;
import org.lodestar.status.DashboardFilter;
import org.lodestar.status.Dimension;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The steering-committee pack of a dashboard filter: in the browser, as PDF and as an Excel workbook. */
@Controller
class PackController {

    private final SteeringPacks packs;

    PackController(SteeringPacks packs) {
        this.packs = packs;
    }

    @GetMapping("/status/pack")
    String page(@ModelAttribute("filter") DashboardFilter filter, Model model) {
        model.addAttribute("pack", packs.pack(filter, LocaleContextHolder.getLocale()));
        model.addAttribute("dimensions", Dimension.values());
        return "reporting/pack";
    }

    @GetMapping("/status/pack.pdf")
    void pdf(@ModelAttribute DashboardFilter filter, HttpServletResponse response) throws IOException {
        SteeringPack pack = packs.pack(filter, LocaleContextHolder.getLocale());
        // written to memory first, so that a failure is an error page rather than half a file
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        packs.writePdf(pack, bytes);
        send(response, bytes, "application/pdf", "steering-pack-" + pack.date() + ".pdf");
    }

    @GetMapping("/status/pack.xlsx")
    void excel(@ModelAttribute DashboardFilter filter, HttpServletResponse response) throws IOException {
        SteeringPack pack = packs.pack(filter, LocaleContextHolder.getLocale());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        packs.writeExcel(pack, bytes);
        send(response, bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "steering-pack-" + pack.date() + ".xlsx");
    }

    private static void send(HttpServletResponse response, ByteArrayOutputStream bytes, String type, String name)
            throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(bytes.size());
        bytes.writeTo(response.getOutputStream());
    }
}
