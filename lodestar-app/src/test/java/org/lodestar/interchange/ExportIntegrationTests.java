package org.lodestar.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/projects/{id}/export: a demo plan as a file that MPXJ reads back; rights; the format's check. */
class ExportIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Test
    void anExportedDemoPlanReadsBackWithTheSameTasksAndDates() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long project = demoProjectWithAPlan(pmo);
        JsonNode plan = pmo.get("/api/v1/projects/" + project + "/plan").json();

        for (ExportFormat format : ExportFormat.values()) {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + port + "/api/v1/projects/" + project + "/export?format="
                                    + format.name().toLowerCase()))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("exec:demo".getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(format.name()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                    .startsWith("attachment").contains("." + format.extension());
            Path file = temp.resolve("export-" + format.name() + "." + format.extension());
            Files.write(file, response.body());

            ImportedProject read = new ProjectFileReader().read(file);
            assertThat(read.format()).isEqualTo(format.name());
            assertThat(read.tasks()).as(format.name()).hasSize(plan.get("tasks").size());
            List<String> expected = new ArrayList<>();
            for (JsonNode task : plan.get("tasks")) {
                expected.add(task.get("name").asString() + " " + LocalDateTime.parse(task.get("start").asString())
                        + ".." + LocalDateTime.parse(task.get("finish").asString()));
            }
            List<String> actual = read.tasks().stream().map(task -> task.name() + " " + task.start() + ".." + task.finish()).toList();
            if (format == ExportFormat.PMXML) {
                // P6 has no row order: activities under a WBS element come back in activity id order, summaries first
                assertThat(actual).as(format.name()).containsExactlyInAnyOrderElementsOf(expected);
            } else {
                assertThat(actual).as(format.name()).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void whoMayNotReadThePlanGets403() {
        long project = demoProjectWithAPlan(Api.as(port, "pmo"));

        assertThat(Api.as(port, "requester").getAnything("/api/v1/projects/" + project + "/export?format=mspdi").status())
                .isEqualTo(403);
        assertThat(Api.anonymous(port).getAnything("/api/v1/projects/" + project + "/export?format=mspdi").status())
                .isEqualTo(401);
    }

    @Test
    void anUnknownFormatIs400NamingTheField() {
        long project = demoProjectWithAPlan(Api.as(port, "pmo"));

        Api.Response refused = Api.as(port, "exec").get("/api/v1/projects/" + project + "/export?format=xer");

        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("format");
        assertThat(error.get("message").asString()).contains("xer");
    }

    /** A demo project whose plan has tasks, with links (the demo's plans have both). */
    private static long demoProjectWithAPlan(Api pmo) {
        for (JsonNode project : pmo.get("/api/v1/projects?size=100").json().get("items")) {
            long id = project.get("id").asLong();
            JsonNode plan = pmo.get("/api/v1/projects/" + id + "/plan").json();
            if (plan.get("tasks").size() >= 5 && plan.get("links").size() >= 3) return id;
        }
        throw new AssertionError("no demo project with a plan");
    }
}
