package org.lodestar.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Ids and other whole numbers in paths and query parameters are written in ASCII digits. Spring would read
 * {@code ١} (Arabic-Indic one), {@code 0x1} or {@code #1} as 1 (Java's number parsing accepts every script's digits,
 * and Spring's fallback decodes hexadecimal); refused here, after the rights check ({@link AuthorisedFirstInterceptor})
 * and before any controller, they get the same 400 (API) or error page as any other unreadable parameter.
 */
class AsciiNumbersInterceptor implements HandlerInterceptor {

    private static final Pattern ASCII_INTEGER = Pattern.compile("[+-]?[0-9]+");
    /** The whole-number types Spring binds (and Jackson reads) that must hold ASCII digits and no fraction. */
    static final Set<Class<?>> INTEGERS = Set.of(Long.class, long.class, Integer.class, int.class,
            Short.class, short.class, BigInteger.class);

    @Override
    @SuppressWarnings("unchecked")
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) return true;
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Map<String, String> path = variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (!INTEGERS.contains(parameter.nestedIfOptional().getNestedParameterType())) continue;
            String name = name(parameter);
            if (name == null) continue;
            String value = parameter.hasParameterAnnotation(PathVariable.class) ? path.get(name) : request.getParameter(name);
            if (value != null && !value.isEmpty() && !ASCII_INTEGER.matcher(value).matches()) {
                throw new MethodArgumentTypeMismatchException(value, parameter.getParameterType(), name, parameter,
                        new NumberFormatException("not written in ASCII digits: " + value));
            }
        }
        return true;
    }

    /** The name of a path variable or query parameter, as Spring binds it; null for anything else. */
    private static String name(MethodParameter parameter) {
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        String declared = variable != null ? first(variable.name(), variable.value())
                : query != null ? first(query.name(), query.value()) : null;
        if (variable == null && query == null) return null;
        return declared != null ? declared : parameter.getParameterName();
    }

    private static String first(String name, String value) {
        return !name.isEmpty() ? name : !value.isEmpty() ? value : null;
    }
}
