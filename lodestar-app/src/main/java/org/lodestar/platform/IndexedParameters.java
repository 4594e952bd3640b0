package org.lodestar.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request parameters named {@code prefix[key]}, as forms and multipart requests send a map (custom fields). */
public final class IndexedParameters {

    private IndexedParameters() {
    }

    /** The values of the {@code prefix[key]} parameters by key, in the request's order. */
    public static Map<String, String> of(Map<String, String> parameters, String prefix) {
        String open = prefix + "[";
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(open) && name.endsWith("]")) {
                values.put(name.substring(open.length(), name.length() - 1), value == null ? "" : value);
            }
        });
        return values;
    }
}
