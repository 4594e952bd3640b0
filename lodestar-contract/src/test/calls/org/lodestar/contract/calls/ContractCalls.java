package org.lodestar.contract.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.lodestar.client.ApiClient;
import org.lodestar.client.ApiException;
import org.lodestar.client.ApiResponse;
import org.lodestar.client.api.PlansApi;
import org.lodestar.client.api.PortfoliosAndProgrammesApi;
import org.lodestar.client.api.ProjectsApi;
import org.lodestar.client.api.RequestTypesApi;
import org.lodestar.client.api.RequestsApi;
import org.lodestar.client.api.StatusReportingApi;
import org.lodestar.client.model.PlanTask;
import org.lodestar.client.model.PlanView;
import org.lodestar.client.model.Problem;
import org.lodestar.client.model.ProblemErrorsInner;
import org.lodestar.client.model.ProjectCommand;
import org.lodestar.client.model.ProjectView;
import org.lodestar.client.model.Rating;
import org.lodestar.client.model.ReportCommand;
import org.lodestar.client.model.ReportView;
import org.lodestar.client.model.RequestCommand;
import org.lodestar.client.model.RequestTypeView;
import org.lodestar.client.model.RequestView;
import org.lodestar.client.model.RequestsUpload;
import org.lodestar.client.model.StatusAct;
import org.lodestar.client.model.StatusStartReport;
import org.lodestar.client.model.TaskCommand;

/**
 * Calls an integrator writes against the generated client. This file is compiled by the contract test against the
 * client generated from the running application, so a renamed operation, model or field fails to compile there.
 */
public final class ContractCalls {

    private ContractCalls() {
    }

    /** A client signed in as a demo account that reads strictly: a field the document does not declare fails. */
    public static ApiClient client(String base, String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base);
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return client;
    }

    /** A draft "New project" request with a business case attached, so that attachments can be read too. */
    public static void attachABusinessCase(String base) throws ApiException, IOException {
        ApiClient pmo = client(base, "pmo");
        RequestTypeView newProject = new RequestTypesApi(pmo).listRequestTypes().stream()
                .filter(type -> type.getName().equals("New project")).findFirst().orElseThrow();
        String urgency = newProject.getFields().stream().filter(field -> "urgency".equals(field.getKey()))
                .findFirst().orElseThrow().getChoices().get(0);
        RequestsApi requests = new RequestsApi(pmo);
        RequestView draft = requests.createRequest(new RequestCommand()
                .typeId(newProject.getId())
                .title("Contract test: customer portal refresh")
                .values(Map.of("problem", "The portal is slow.", "outcome", "Pages answer in a second.",
                        "urgency", urgency)));
        RequestView attached = requests.attachToRequest(draft.getId(), new RequestsUpload()
                .field("businessCase").fileName("business-case.txt").contentType("text/plain")
                .base64(Base64.getEncoder().encodeToString("Benefits outweigh costs.".getBytes(StandardCharsets.UTF_8))));
        assertThat(attached.getAttachments()).hasSize(1);
        File content = requests.getRequestAttachment(draft.getId(), attached.getAttachments().get(0).getId());
        assertThat(Files.readString(content.toPath())).isEqualTo("Benefits outweigh costs.");
    }

    /** Create and update a project, change a task, submit a report; 400, 403, 404 and 409 as typed problems. */
    public static void writesAndProblems(String base) throws Exception {
        ApiClient pmo = client(base, "pmo");
        ProjectsApi projects = new ProjectsApi(pmo);
        long portfolio = new PortfoliosAndProgrammesApi(pmo).listPortfolios().get(0).getId();

        ApiResponse<ProjectView> creation = projects.createProjectWithHttpInfo(
                newProject(portfolio, "Contract test: data platform"));
        assertThat(creation.getStatusCode()).as("documented as 201").isEqualTo(201);
        ProjectView created = creation.getData();
        assertThat(created.getName()).isEqualTo("Contract test: data platform");
        ProjectView renamed = projects.updateProject(created.getId(),
                newProject(portfolio, "Contract test: data platform II").version(created.getVersion()), null);
        assertThat(renamed.getName()).isEqualTo("Contract test: data platform II");
        assertThat(renamed.getVersion()).isGreaterThan(created.getVersion());

        Problem stale = problem(pmo, 409, () -> projects.updateProject(created.getId(),
                newProject(portfolio, "A stale change").version(created.getVersion()), null));
        assertThat(stale.getCurrentVersion()).isEqualTo(renamed.getVersion());

        Problem invalid = problem(pmo, 400, () -> projects.createProject(newProject(portfolio, " ")));
        assertThat(invalid.getErrors()).extracting(ProblemErrorsInner::getField).contains("name");

        problem(pmo, 403, () -> new ProjectsApi(client(base, "requester")).updateProject(created.getId(),
                newProject(portfolio, "Not theirs").version(renamed.getVersion()), null));
        problem(pmo, 404, () -> projects.getProject(987_654_321L));

        PlansApi plans = new PlansApi(pmo);
        PlanView plan = awaitPlan(plans, created.getId());
        PlanView withTask = plans.createTask(created.getId(), new TaskCommand().name("Design").duration("5d"), null);
        PlanTask design = withTask.getTasks().stream().filter(task -> "Design".equals(task.getName()))
                .findFirst().orElseThrow();
        PlanView changed = plans.updateTask(created.getId(), design.getId(),
                new TaskCommand().duration("8d").version(withTask.getVersion()), null);
        assertThat(changed.getTasks()).filteredOn(task -> task.getId().equals(design.getId()))
                .singleElement().satisfies(task -> assertThat(task.getDuration()).isEqualTo("8d"));
        assertThat(changed.getVersion()).isGreaterThan(plan.getVersion());

        StatusReportingApi status = new StatusReportingApi(pmo);
        ReportView draft = status.startStatusReport(created.getId(), new StatusStartReport());
        ReportView written = status.updateStatusReport(draft.getId(), new ReportCommand()
                .overall(green()).schedule(new Rating().rag(Rating.RagEnum.AMBER).comment("Design starts late."))
                .cost(green()).scope(green()).resources(green()).risks(green()).quality(green())
                .accomplishments("Design started.").percentComplete(5).version(draft.getVersion()));
        ReportView submitted = status.submitStatusReport(written.getId(), new StatusAct().version(written.getVersion()));
        assertThat(submitted.getState()).hasToString("SUBMITTED");
    }

    private static Rating green() {
        return new Rating().rag(Rating.RagEnum.GREEN);
    }

    private static ProjectCommand newProject(long portfolio, String name) {
        return new ProjectCommand().name(name).portfolioId(portfolio).currency("EUR")
                .phase(ProjectCommand.PhaseEnum.INITIATION).state(ProjectCommand.StateEnum.PROPOSED)
                .priority(ProjectCommand.PriorityEnum.MEDIUM).customFields(Map.of("risk_level", "Low"));
    }

    /** The plan is seeded after the project's creation is committed (an event): wait for it. */
    private static PlanView awaitPlan(PlansApi plans, long project) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try {
                return plans.getPlan(project);
            } catch (ApiException notYet) {
                if (notYet.getCode() != 404 || Instant.now().isAfter(until)) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }

    private interface Call {
        Object run() throws ApiException;
    }

    /** The call's refusal: the status expected, sent as application/problem+json, read into the typed Problem. */
    private static Problem problem(ApiClient client, int status, Call call) throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class, call::run);
        assertThat(refused).as("a %d", status).isNotNull();
        assertThat(refused.getCode()).as(refused.getResponseBody()).isEqualTo(status);
        assertThat(refused.getResponseHeaders().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(status);
        assertThat(problem.getTitle()).isNotBlank();
        return problem;
    }
}
