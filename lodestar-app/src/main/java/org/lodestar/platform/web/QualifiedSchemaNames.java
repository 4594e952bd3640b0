package org.lodestar.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives every schema a short name that says which type it is. Springdoc names schemas by their class's full name
 * ({@code springdoc.use-fqn}), so that two nested types with one simple name ({@code PlanView.Task} and
 * {@code PlanCommand.Task}) can no longer silently become one schema; this then shortens each to its simple name,
 * qualified by its enclosing type where it is nested: {@code PlanView.Task} becomes {@code PlanTask},
 * {@code CalendarView.Exception} becomes {@code CalendarException} (a suffix {@code View} or {@code ApiController} of
 * the enclosing type is dropped). Two classes that would still share a name stop the document with an error naming
 * both, rather than produce a wrong contract.
 */
@Component
class QualifiedSchemaNames implements OpenApiCustomizer {

    private static final String REF = "#/components/schemas/";
    // a generic type's name is its classes' names run together: "org.x.PageResultorg.y.ProjectRow"
    // (swagger capitalises the second: "org.x.PageResultOrg.y.ProjectRow")
    private static final Pattern CLASS_NAME_START =
            Pattern.compile("(?<=.)(?=(?:[oO]rg|[cC]om|[jJ]ava|[tT]ools)\\.[a-z])");

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        openApi.getComponents().getSchemas().keySet().forEach(full -> {
            String name = shortName(full);
            String owner = owners.putIfAbsent(name, full);
            if (owner != null) {
                throw new IllegalStateException("Schemas " + owner + " and " + full + " would both be named " + name
                        + "; give one of them @Schema(name = ...)");
            }
            renamed.put(full, name);
        });
        Map<String, Schema> schemas = new LinkedHashMap<>();
        openApi.getComponents().getSchemas().forEach((full, schema) -> schemas.put(renamed.get(full), schema));
        openApi.getComponents().setSchemas(schemas);

        Set<Schema<?>> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Consumer<Schema<?>> rename = schema -> renameReferences(schema, renamed, visited);
        schemas.values().forEach(schema -> rename.accept(schema));
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation ->
                renameInOperation(operation, rename)));
    }

    /** The short name of a schema named by its class's full name; names already short are kept. */
    static String shortName(String fullName) {
        StringBuilder name = new StringBuilder();
        for (String className : CLASS_NAME_START.split(fullName)) {
            name.append(shortClassName(className));
        }
        return name.toString();
    }

    // "org.x.PlanView.Task" (packages are lower case, types upper case) becomes "PlanTask"
    private static String shortClassName(String className) {
        String[] parts = className.split("[.$]");
        List<String> types = Arrays.stream(parts).skip(parts.length > 1 ? 1 : 0)
                .filter(part -> !part.isEmpty() && Character.isUpperCase(part.charAt(0))).toList();
        if (types.size() < 2) {
            return types.isEmpty() ? className : types.get(0);
        }
        String enclosing = types.get(types.size() - 2).replaceFirst("(ApiController|View)$", "");
        return enclosing + types.get(types.size() - 1);
    }

    private static void renameInOperation(Operation operation, Consumer<Schema<?>> rename) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> {
                if (parameter.getSchema() != null) {
                    rename.accept(parameter.getSchema());
                }
            });
        }
        if (operation.getRequestBody() != null) {
            renameInContent(operation.getRequestBody().getContent(), rename);
        }
        if (operation.getResponses() != null) {
            operation.getResponses().values().forEach(response -> renameInContent(response.getContent(), rename));
        }
    }

    private static void renameInContent(Content content, Consumer<Schema<?>> rename) {
        if (content != null) {
            content.values().forEach(media -> {
                if (media.getSchema() != null) {
                    rename.accept(media.getSchema());
                }
            });
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void renameReferences(Schema<?> schema, Map<String, String> renamed, Set<Schema<?>> visited) {
        if (schema == null || !visited.add(schema)) {
            return;
        }
        if (schema.get$ref() != null && schema.get$ref().startsWith(REF)) {
            String target = schema.get$ref().substring(REF.length());
            schema.set$ref(REF + renamed.getOrDefault(target, target));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> renameReferences(property, renamed, visited));
        }
        renameReferences(schema.getItems(), renamed, visited);
        renameReferences(schema.getNot(), renamed, visited);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            renameReferences(additional, renamed, visited);
        }
        for (List<Schema> composed : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(),
                schema.getPrefixItems()}) {
            if (composed != null) {
                composed.forEach(part -> renameReferences(part, renamed, visited));
            }
        }
        if (schema.getDiscriminator() != null && schema.getDiscriminator().getMapping() != null) {
            schema.getDiscriminator().getMapping().replaceAll((value, ref) -> ref.startsWith(REF)
                    ? REF + renamed.getOrDefault(ref.substring(REF.length()), ref.substring(REF.length())) : ref);
        }
    }
}
