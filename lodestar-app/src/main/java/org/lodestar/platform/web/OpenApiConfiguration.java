package org.lodestar.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: its title, the two ways to authenticate, and the rules that make it a contract generated
 * clients can use as it is (see docs/api.md): local date-times as what they are, RFC 9457 problems typed on every
 * operation, and plain arrays where a set is meant.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    static {
        // Plan dates are wall-clock times in the project's calendar, not instants: no offset is sent, so they must
        // not be declared RFC 3339 date-times (a generated client would refuse them).
        SpringDocUtils.getConfig().replaceWithSchema(LocalDateTime.class, new StringSchema()
                .pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$")
                .example("2026-07-06T08:00:00")
                .description("A local date-time in the project's calendar, without an offset (ISO 8601)."));
    }

    @Bean
    OpenAPI lodestarOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Lodestar API").version("v1")
                        .description("Lodestar, the PMO platform: the registry of portfolios, programmes and projects "
                                + "with custom fields; plans with calendars, baselines and critical-path schedules; "
                                + "demand intake with request types, scoring models and portfolio scenarios; status "
                                + "reports, computed health and the dashboard; people, API tokens, notifications and "
                                + "the audit trail. Errors are RFC 9457 problem details (application/problem+json) "
                                + "whose `errors` array names each refused field; changes carry the version they "
                                + "were made from (body field or If-Match) and a stale one gets 409. What may change "
                                + "within v1 is in docs/api.md.")
                        .contact(new Contact().name("Lodestar").url("https://lodestar.dev"))
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A personal API token (lst_...), created under your account")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    /** Documents the problems each operation can answer and keeps set-valued arrays plain (see docs/api.md). */
    @Bean
    OpenApiCustomizer problemsAndPlainArrays() {
        return openApi -> {
            // added here rather than with the document's info: springdoc replaces the schemas it did not derive
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> documentProblems(path, method, operation)));
            openApi.getComponents().getSchemas().values().forEach(OpenApiConfiguration::plainArrays);
        };
    }

    private static void documentProblems(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.keySet().removeIf(status -> status.startsWith("4") || status.startsWith("5"));
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        responses.addApiResponse("400", problem("The request is not valid; `errors` names each refused field."));
        responses.addApiResponse("401", problem("No valid credentials were sent."));
        responses.addApiResponse("403", problem("The caller may not do this."));
        if (path.contains("{")) {
            responses.addApiResponse("404", problem("Nothing with this id exists, or the caller may not see it."));
        }
        if (write) {
            responses.addApiResponse("409", problem("The change was made from a stale version, or conflicts with "
                    + "the resource's state; `currentVersion` says which version is current where one applies."));
            responses.addApiResponse("422", problem("The change breaks a business rule; the detail says which."));
        }
        operation.setResponses(responses);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The refused field, as a JSON path "
                        + "(`tasks[2].duration`) or a parameter name."))
                .addProperty("message", new StringSchema().description("Why, in the caller's language."))
                .required(List.of("field", "message"));
        return new ObjectSchema()
                .description("An RFC 9457 problem detail, in the caller's language (Accept-Language).")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().format("int32"))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("One entry per refused field (400 only)."))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                        .description("The current version, when a change was made from a stale one (409 only)."))
                .additionalProperties(true);
    }

    // Generators turn `uniqueItems` arrays into sets, which some of them cannot compile for enums (the java
    // generator's native library); the uniqueness is documented instead and still enforced by the server.
    private static void plainArrays(Schema<?> schema) {
        if (Boolean.TRUE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
            String note = "Each value at most once.";
            schema.setDescription(schema.getDescription() == null ? note : schema.getDescription() + " " + note);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.values().forEach(OpenApiConfiguration::plainArrays);
        }
        if (schema.getItems() != null) {
            plainArrays(schema.getItems());
        }
    }
}
