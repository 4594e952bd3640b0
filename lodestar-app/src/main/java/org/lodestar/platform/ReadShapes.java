package org.lodestar.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Lets a command read the shapes its record's GET writes, so that a body read from the API can be sent back
 * unchanged: a reference to another record as its id ({@code 3}) or as the GET shows it ({@code {"id": 3, "name":
 * …}}), a list of either, and values by key as an object ({@code {"risk": "HIGH"}}) or as the GET's list
 * ({@code [{"key": "risk", "value": "HIGH", …}]}, or {@code "field": {"key": …}}). Put them on a command's
 * component together with {@code @JsonAlias} naming the GET's field. Numbers and texts are read by Jackson as
 * elsewhere, so the input gate's checks apply to them too.
 */
public final class ReadShapes {

    private ReadShapes() {
    }

    /** An id, or a record with one. */
    public static final class Id extends ValueDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context) {
            return parser.currentToken() == JsonToken.START_OBJECT ? idOf(context.readTree(parser), context)
                    : context.readValue(parser, Long.class);
        }
    }

    /** A list of ids, or of records with one. */
    public static final class Ids extends ValueDeserializer<List<Long>> {
        @Override
        public List<Long> deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                return context.reportInputMismatch(List.class, "a list of ids was expected");
            }
            List<Long> ids = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                try {
                    ids.add(token == JsonToken.START_OBJECT ? idOf(context.readTree(parser), context)
                            : context.readValue(parser, Long.class));
                } catch (JacksonException refused) {
                    refused.prependPath(ids, ids.size()); // so that the problem names objectiveIds[2]
                    throw refused;
                }
            }
            return ids;
        }
    }

    /** Text values by key: an object, or a list of entries with a key and a value. */
    public static final class Values extends ValueDeserializer<Map<String, String>> {
        @Override
        public Map<String, String> deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                return context.readValue(parser, context.getTypeFactory()
                        .constructMapType(LinkedHashMap.class, String.class, String.class));
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                return context.reportInputMismatch(Map.class, "values by key were expected");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (JsonNode entry : context.readTree(parser)) {
                JsonNode key = entry.has("key") ? entry.get("key") : entry.path("field").path("key");
                if (!key.isString()) return context.reportInputMismatch(Map.class, "an entry without a key");
                JsonNode value = entry.path("value");
                // a GET lists every field, set or not: one without a value is as if left out
                if (!value.isNull() && !value.isMissingNode()) {
                    values.put(key.asString(), context.readTreeAsValue(value, String.class));
                }
            }
            return values;
        }
    }

    private static Long idOf(JsonNode record, DeserializationContext context) {
        JsonNode id = record.path("id");
        if (id.isMissingNode() || id.isNull()) return null;
        return context.readTreeAsValue(id, Long.class);
    }
}
