package cohost.wire;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one codec of the wire records. Writing is plain Jackson. Reading comes in two strengths:
 * <ul>
 *   <li><b>strict</b>, for what clients send the server ({@link #readClientFrame}, {@link #readDeskMessage}): one
 *   JSON object and nothing after it, no unknown or duplicate fields, no type coercion ({@code "text": 5} is an
 *   error, not "5"), within {@link #MAX_DEPTH}, {@link #MAX_NUMBER_LENGTH} and {@link #MAX_NAME_LENGTH}. A failure is
 *   a {@link WireException} that names the field path ({@code chat.viewer.lang}) or the line and column of
 *   malformed JSON, in the client's terms;</li>
 *   <li><b>lenient</b>, for what clients read from the server ({@link #readServerFrame}, {@link #read}): unknown
 *   fields and frame types are ignored, as the contract grows by adding them.</li>
 * </ul>
 */
public final class WireJson {
    /** Deepest nesting of objects and arrays in a body or frame. */
    public static final int MAX_DEPTH = 16;
    /** Longest number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 32;
    /** Longest field name, in characters. */
    public static final int MAX_NAME_LENGTH = 64;

    private static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH).maxNameLength(MAX_NAME_LENGTH).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .build();
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
            .build();

    private static final Map<String, Class<?>> CLIENT_TYPES = subtypes(ClientFrame.class);
    private static final Map<String, Class<?>> SERVER_TYPES = subtypes(ServerFrame.class);
    private static final Map<Class<?>, String> TYPE_NAMES = new LinkedHashMap<>();

    static {
        CLIENT_TYPES.forEach((name, type) -> TYPE_NAMES.put(type, name));
        SERVER_TYPES.forEach((name, type) -> TYPE_NAMES.put(type, name));
    }

    /** How the parser numbers a character: {@code 'x' (code 120)}, {@code '?' (code 65279 / 0xfeff)}. */
    private static final Pattern CODE_POINT = Pattern.compile("\\((?:CTRL-CHAR, )?code (\\d+)[^)]*\\)");

    private WireJson() {
    }

    /** Any wire record as JSON. */
    public static String write(Object record) {
        try {
            return LENIENT.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + record.getClass().getSimpleName(), e);
        }
    }

    /** The {@code type} of a frame, e.g. "reply.started". */
    public static String typeOf(Object frame) {
        String name = TYPE_NAMES.get(frame.getClass());
        if (name == null) {
            throw new IllegalArgumentException(frame.getClass() + " is not a frame");
        }
        return name;
    }

    /** The frame types a client may send, in the order the contract lists them. */
    public static List<String> clientFrameTypes() {
        return List.copyOf(CLIENT_TYPES.keySet());
    }

    /** The frame types the server sends. */
    public static List<String> serverFrameTypes() {
        return List.copyOf(SERVER_TYPES.keySet());
    }

    /** A live-room frame from a client, strictly. */
    public static ClientFrame readClientFrame(String json) {
        JsonNode tree = object(json, "a frame must be one JSON object, e.g. {\"type\": \"chat\", ...}");
        String id = tree.path("id").textValue();
        JsonNode type = tree.get("type");
        String expected = String.join(", ", CLIENT_TYPES.keySet());
        if (type == null || type.isNull()) {
            throw new WireException("type is required: one of " + expected, id);
        }
        if (!type.isTextual() || !CLIENT_TYPES.containsKey(type.textValue())) {
            throw new WireException("unknown type " + (type.isTextual() ? "'" + type.textValue() + "'" : type)
                    + "; expected " + expected, id);
        }
        return bind(tree, ClientFrame.class, type.textValue(), id);
    }

    /** The body of a desk message, strictly. */
    public static DeskMessage readDeskMessage(String json) {
        JsonNode tree = object(json, "the body must be one JSON object, e.g. {\"text\": \"...\"}");
        return bind(tree, DeskMessage.class, "", tree.path("id").textValue());
    }

    /**
     * A frame from the server, leniently: empty for a frame type this client does not know.
     *
     * @throws WireException when the text is not JSON or a known frame is unreadable
     */
    public static Optional<ServerFrame> readServerFrame(String json) {
        return Optional.ofNullable(read(json, ServerFrame.class));
    }

    /** A body from the server ({@link DeskAnswer}, {@link ErrorBody}, {@link Transcript}...), leniently. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return LENIENT.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new WireException("unreadable " + type.getSimpleName() + ": " + clean(e.getOriginalMessage()));
        }
    }

    private static JsonNode object(String json, String shape) {
        JsonNode tree;
        try {
            tree = STRICT.readTree(json);
        } catch (MismatchedInputException e) {
            // the only mismatch a tree can have: a second value after the first
            throw new WireException("more than one JSON value: send one object per frame or body");
        } catch (JsonProcessingException e) {
            throw new WireException(syntax(e));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new WireException("nothing was sent: " + shape);
        }
        if (!tree.isObject()) {
            throw new WireException(shape + "; got " + kind(tree));
        }
        return tree;
    }

    private static <T> T bind(JsonNode tree, Class<T> type, String root, String messageId) {
        try {
            return STRICT.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            List<JsonMappingException.Reference> path = e.getPath();
            String owner = path(root, path.subList(0, path.size() - 1));
            String known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            throw new WireException((owner.isEmpty() ? "the message" : owner) + " has no field '"
                    + e.getPropertyName() + "' (its fields: " + known + ")", messageId);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof WireException w) {
                String owner = path(root, e.getPath());
                throw new WireException((owner.isEmpty() ? "" : owner + ".") + w.getMessage(), messageId);
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        } catch (MismatchedInputException e) {
            String where = path(root, e.getPath());
            JsonNode got = tree.at(pointer(e.getPath()));
            throw new WireException(where + " must be " + expected(e.getTargetType()) + ", got " + kind(got),
                    messageId);
        } catch (JsonMappingException e) {
            // e.g. a number out of the field's range: 99999999999 for an int sample rate
            String where = path(root, e.getPath());
            boolean range = e.getCause() instanceof InputCoercionException;
            throw new WireException((where.isEmpty() ? "a field" : where)
                    + (range ? " is out of range" : " has a value that cannot be used"), messageId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName(), e);
        }
    }

    private static String path(String root, List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder(root);
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String pointer(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (r.getIndex() >= 0) {
                sb.append('/').append(r.getIndex());
            }
        }
        return sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "something else";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Person.class) {
            return "an object: " + Person.SHAPE;
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> node.booleanValue() ? "true" : "false";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NULL -> "null";
            default -> "something else";
        };
    }

    /** Malformed JSON, or JSON over the limits, in the client's terms. */
    private static String syntax(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("nesting depth")) {
                return "JSON nested deeper than " + MAX_DEPTH + " levels";
            }
            if (m.contains("Number value length")) {
                return "a number longer than " + MAX_NUMBER_LENGTH + " characters";
            }
            if (m.contains("Name length")) {
                return "a field name longer than " + MAX_NAME_LENGTH + " characters";
            }
            return "JSON over the size limits (depth " + MAX_DEPTH + ", numbers " + MAX_NUMBER_LENGTH
                    + " characters, field names " + MAX_NAME_LENGTH + ")";
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "malformed JSON" + where + ": " + clean(e.getOriginalMessage());
    }

    /** A parser message without the parser's own vocabulary (feature names, source excerpts, code points). */
    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        String m = message.lines().findFirst().orElse("");
        for (String tail : new String[]{" (start marker at", ": enable", "; enable", " (for ", " (not recognized",
                "\n at [Source"}) {
            int cut = m.indexOf(tail);
            if (cut >= 0) {
                m = m.substring(0, cut);
            }
        }
        m = CODE_POINT.matcher(m).replaceAll(c -> String.format("(U+%04X)", Integer.parseInt(c.group(1))));
        m = m.replaceAll("\\[Source:[^]]*]", "").replace("`", "'")
                .replaceAll("(?i)json(read|write)?feature\\.\\w+", "").strip();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }

    private static Map<String, Class<?>> subtypes(Class<?> base) {
        return Arrays.stream(base.getAnnotation(JsonSubTypes.class).value())
                .collect(Collectors.toMap(JsonSubTypes.Type::name, JsonSubTypes.Type::value, (a, b) -> a,
                        LinkedHashMap::new));
    }
}
