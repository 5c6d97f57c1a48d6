package cohost.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written, so that every problem in a suite file can name its line and
 * column. Jackson's tree model drops locations; this small tree keeps the parser's {@link JsonLocation} of each value
 * (and of each mapping key).
 *
 * @param value  a String, Number, Boolean, null, {@code List<YamlNode>} or {@code Map<String, YamlNode>}
 * @param keyAt  for a mapping, where each key was written; empty otherwise
 */
public record YamlNode(Object value, int line, int column, Map<String, YamlNode> keyAt) {

    /** Reads one YAML document; duplicate keys are reported as problems. */
    public static YamlNode read(Reader reader, Problems problems) throws IOException {
        try (JsonParser p = new YAMLFactory().createParser(reader)) {
            if (p.nextToken() == null) return new YamlNode(null, 1, 1, Map.of());
            return readValue(p, problems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
                    "not valid YAML: " + e.getOriginalMessage());
            return null;
        }
    }

    private static YamlNode readValue(JsonParser p, Problems problems) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr(), col = at.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, YamlNode> map = new LinkedHashMap<>();
                Map<String, YamlNode> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation k = p.currentTokenLocation();
                    String name = p.currentName();
                    p.nextToken();
                    YamlNode v = readValue(p, problems);
                    if (map.containsKey(name)) {
                        problems.add(k.getLineNr(), k.getColumnNr(), "duplicate key '" + name + "'");
                    }
                    map.put(name, v);
                    keys.put(name, new YamlNode(name, k.getLineNr(), k.getColumnNr(), Map.of()));
                }
                return new YamlNode(map, line, col, keys);
            }
            case START_ARRAY -> {
                List<YamlNode> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) list.add(readValue(p, problems));
                return new YamlNode(list, line, col, Map.of());
            }
            case VALUE_STRING -> {
                return new YamlNode(p.getText(), line, col, Map.of());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new YamlNode(p.getNumberValue(), line, col, Map.of());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode(p.getBooleanValue(), line, col, Map.of());
            }
            case VALUE_NULL -> {
                return new YamlNode(null, line, col, Map.of());
            }
            default -> throw new IllegalStateException("unexpected YAML token " + t);
        }
    }

    public boolean isMap() {
        return value instanceof Map;
    }

    public boolean isList() {
        return value instanceof List;
    }

    @SuppressWarnings("unchecked")
    public Map<String, YamlNode> map() {
        return (Map<String, YamlNode>) value;
    }

    @SuppressWarnings("unchecked")
    public List<YamlNode> list() {
        return (List<YamlNode>) value;
    }

    /** The scalar as text (numbers and booleans too), or null for null or a collection. */
    public String text() {
        return value == null || isMap() || isList() ? null : value.toString();
    }

    /** What kind of YAML value this is, for error messages. */
    public String kind() {
        if (value == null) return "nothing";
        if (isMap()) return "a mapping";
        if (isList()) return "a list";
        if (value instanceof Number) return "a number";
        if (value instanceof Boolean) return "true/false";
        return "text";
    }

    /** Collects the problems found in one suite file, each with its line and column. */
    public static final class Problems {
        private final java.nio.file.Path file;
        private final List<SuiteProblem> list = new ArrayList<>();

        public Problems(java.nio.file.Path file) {
            this.file = file;
        }

        public void add(int line, int column, String message) {
            list.add(new SuiteProblem(file, line, column, message));
        }

        public void add(YamlNode at, String message) {
            add(at.line(), at.column(), message);
        }

        public List<SuiteProblem> list() {
            return List.copyOf(list);
        }

        public boolean isEmpty() {
            return list.isEmpty();
        }
    }
}
