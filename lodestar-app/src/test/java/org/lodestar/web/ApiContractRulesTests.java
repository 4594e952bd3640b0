package org.lodestar.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.Operation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A rule that keeps the API a contract generated clients can use (docs/api.md), read from the controllers themselves
 * so that a new module cannot forget it: every operation names itself explicitly and uniquely, so that renaming a
 * Java method never renames a client's call.
 */
class ApiContractRulesTests {

    private static final List<Method> operations = new ArrayList<>();

    @BeforeAll
    static void readControllers() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.lodestar")) {
            Class<?> controller = ClassUtils.forName(candidate.getBeanClassName(), ApiContractRulesTests.class.getClassLoader());
            for (Method method : controller.getDeclaredMethods()) {
                if (servesApi(controller, method)) {
                    operations.add(method);
                }
            }
        }
    }

    @Test
    void everyOperationHasItsOwnExplicitId() {
        Map<String, List<String>> byId = new TreeMap<>();
        List<String> unnamed = new ArrayList<>();
        for (Method method : operations) {
            Operation operation = method.getAnnotation(Operation.class);
            String where = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            if (operation == null || operation.operationId().isBlank()) {
                unnamed.add(where);
            } else {
                byId.computeIfAbsent(operation.operationId(), id -> new ArrayList<>()).add(where);
            }
        }
        assertThat(operations).hasSizeGreaterThan(100);
        assertThat(unnamed).as("operations without @Operation(operationId = ...)").isEmpty();
        assertThat(byId).as("operation ids used twice").allSatisfy((id, methods) -> assertThat(methods).hasSize(1));
        assertThat(byId.keySet()).as("ids are verb + noun in camel case").allMatch(id -> id.matches("[a-z]+[A-Z][A-Za-z]+"));
    }

    /** Controllers that share a tag describe it alike: two descriptions make the document repeat the tag. */
    @Test
    void aTagHasOneDescription() {
        Map<String, java.util.Set<String>> descriptions = new TreeMap<>();
        operations.stream().map(Method::getDeclaringClass).distinct()
                .map(controller -> controller.getAnnotation(io.swagger.v3.oas.annotations.tags.Tag.class))
                .filter(java.util.Objects::nonNull)
                .forEach(tag -> descriptions.computeIfAbsent(tag.name(), name -> new java.util.TreeSet<>())
                        .add(tag.description()));
        assertThat(descriptions).as("tags described differently by their controllers")
                .allSatisfy((name, texts) -> assertThat(texts).hasSize(1));
    }

    private static boolean servesApi(Class<?> controller, Method method) {
        RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        if (onMethod == null) {
            return false;
        }
        RequestMapping onClass = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
        List<String> prefixes = onClass == null || onClass.path().length == 0 ? List.of("") : List.of(onClass.path());
        List<String> paths = onMethod.path().length == 0 ? List.of("") : List.of(onMethod.path());
        return prefixes.stream().anyMatch(prefix -> paths.stream().anyMatch(path -> (prefix + path).startsWith("/api/")));
    }
}
