package reesim.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Loads a YAML file into a config class with public fields.
 *
 * <p>Steps: parse the YAML, merge it onto the base it names with a top-level {@code extends: FILE} (relative to
 * the file; bases may extend further: maps are merged key by key in the base's key order with new keys
 * appended, a scalar or a list replaces the base's value and null removes the base's key), apply {@code --set}
 * overrides, check the tree against the class so that every unknown key and wrong type is reported at once,
 * bind with Jackson, then run {@link Validatable#validate}
 * on the root object. Any problem ends in one {@link ConfigException} listing all of them.
 */
public final class ConfigLoader {
    /** The result of a load: the bound object and what is needed to reproduce it. */
    public record Loaded<T>(T value, ObjectNode resolvedTree, String fileSha256, List<String> overrides) {}

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();
    /** The top-level key that names the base config an overlay is merged onto. */
    public static final String EXTENDS = "extends";
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
    private static final Map<JavaType, Map<String, Property>> PROPERTIES = new ConcurrentHashMap<>();

    private static final Map<Class<?>, List<String>> ENUM_NAMES = new ConcurrentHashMap<>();

    private ConfigLoader() {}

    /** Reads {@code file}, applies {@code sets} ({@code dotted.path=value}) and binds the result to {@code type}. */
    public static <T> Loaded<T> load(Path file, List<String> sets, Class<T> type) throws ConfigException {
        return load(file, sets, type, null);
    }

    /**
     * Like {@link #load(Path, List, Class)}, but every problem of the tree goes into {@code collect} instead of
     * ending the load: an unknown key or a value of the wrong type is reported and left out of the binding (a bad
     * element of a list of values leaves out the list, a bad element of a list of maps becomes null), the rest is
     * bound and validated, and a problem {@link Validatable#validate} finds at or under a path already reported is
     * dropped. So a caller can add the checks that need more than the file (another file, the model config) to
     * the same {@code collect} and report everything at once. The value is null when nothing could be bound; the
     * returned tree is the file's as read and merged. A file that cannot be read or parsed still throws.
     */
    public static <T> Loaded<T> load(Path file, List<String> sets, Class<T> type, Problems collect) throws ConfigException {
        String label = file.toString();
        byte[] bytes = read(file, label);
        List<Layer> layers = layers(file, label, parseMap(bytes, label));
        if (layers.size() == 1) return resolve(label, layers.get(0).tree(), sha256(bytes), sets, type, null, collect);
        Layer root = layers.get(layers.size() - 1);
        ObjectNode merged = root.tree();
        Map<String, String> origins = new HashMap<>();
        record(merged, "", root.label(), origins);
        for (int i = layers.size() - 2; i >= 0; i--) {
            Problems problems = new Problems(layers.get(i).label());
            merge(merged, layers.get(i).tree(), "", origins, problems);
            problems.throwIfAny();
        }
        return resolve(label, merged, sha256(bytes), sets, type, origins, collect);
    }

    /**
     * The files a config is made of: {@code file} itself, then the base it names with {@code extends:}, that
     * base's base and so on. A file without {@code extends:} gives a list of one.
     */
    public static List<Path> extendsChain(Path file) throws ConfigException {
        String label = file.toString();
        return layers(file, label, parseMap(read(file, label), label)).stream().map(Layer::file).toList();
    }

    /** One file of an {@code extends:} chain, its tree without the {@code extends} key. */
    private record Layer(Path file, String label, ObjectNode tree) {}

    /** {@code file} and its bases, nearest first; a missing base, a cycle or a bad {@code extends} value is bad input. */
    private static List<Layer> layers(Path file, String label, ObjectNode tree) throws ConfigException {
        List<Layer> layers = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        while (true) {
            seen.add(identity(file));
            layers.add(new Layer(file, label, tree));
            JsonNode ext = tree.remove(EXTENDS);
            if (ext == null) return layers;
            if (!ext.isTextual() || ext.textValue().isBlank()) {
                throw new ConfigException(label, EXTENDS, render(ext),
                        "the path of a base config file, relative to this file (e.g. extends: baseline.yaml)");
            }
            Path base = file.resolveSibling(ext.textValue()).normalize();
            String baseLabel = base.toString();
            if (!Files.exists(base)) {
                throw new ConfigException(label, EXTENDS, ext.textValue(),
                        "the path of an existing base config file, relative to this file (" + baseLabel + " not found)");
            }
            if (Files.isDirectory(base)) {
                throw new ConfigException(label, EXTENDS, ext.textValue(),
                        "the path of a base config file, relative to this file (" + baseLabel + " is a directory)");
            }
            if (seen.contains(identity(base))) {
                StringBuilder cycle = new StringBuilder();
                for (Layer l : layers) cycle.append(l.label()).append(" -> ");
                throw new ConfigException(label, EXTENDS, ext.textValue(),
                        "a base that does not extend this file again (cycle: " + cycle + baseLabel + ")");
            }
            file = base;
            label = baseLabel;
            tree = parseMap(read(base, baseLabel), baseLabel);
        }
    }

    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /**
     * Merges {@code overlay} into {@code base} in place: maps key by key (the base's key order kept, new keys
     * appended), a scalar or a list replaces the base's value, null removes the base's key. {@code origins}
     * (path -> file) records the overlay's file for every path it set or merged into.
     */
    private static void merge(ObjectNode base, ObjectNode overlay, String path, Map<String, String> origins,
            Problems problems) {
        origins.put(path, problems.file());
        overlay.fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            String child = join(path, key);
            JsonNode value = entry.getValue();
            JsonNode old = base.get(key);
            if (value.isNull()) {
                if (old == null) {
                    List<String> names = new ArrayList<>();
                    base.fieldNames().forEachRemaining(names::add);
                    problems.add(child, "null", "a key of the base config (null in an overlay removes the base's key)"
                            + Suggestions.closest(key, names).map(s -> "; did you mean '" + join(path, s) + "'?")
                                    .orElse("; the base's keys here are " + names));
                } else {
                    base.remove(key);
                    forget(child, origins);
                }
            } else if (value.isObject() && old != null && old.isObject()) {
                merge((ObjectNode) old, (ObjectNode) value, child, origins, problems);
            } else {
                base.set(key, value);
                forget(child, origins);
                record(value, child, problems.file(), origins);
            }
        });
    }

    private static void record(JsonNode node, String path, String file, Map<String, String> origins) {
        origins.put(path, file);
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> record(e.getValue(), join(path, e.getKey()), file, origins));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) record(node.get(i), join(path, Integer.toString(i)), file, origins);
        }
    }

    private static void forget(String path, Map<String, String> origins) {
        origins.keySet().removeIf(p -> p.equals(path) || p.startsWith(path + "."));
    }

    /** The file that set {@code path} (or the nearest enclosing path that one of the files set). */
    private static String origin(String path, Map<String, String> origins, String fallback) {
        String p = path == null ? "" : path;
        while (true) {
            String file = origins.get(p);
            if (file != null) return file;
            if (p.isEmpty()) return fallback;
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? "" : p.substring(0, dot);
        }
    }

    private static ObjectNode parseMap(byte[] bytes, String label) throws ConfigException {
        JsonNode root;
        try {
            root = YAML.readTree(bytes);
        } catch (IOException e) {
            throw syntaxError(label, e);
        }
        if (!(root instanceof ObjectNode tree)) {
            boolean empty = root == null || root.isMissingNode() || root.isNull();
            throw new ConfigException(label, "", null,
                    "a YAML map of settings at the top level" + (empty ? " (the file is empty)" : ""));
        }
        return tree;
    }

    /** Like {@link #load} for a tree already in memory; the caller's tree is not modified. */
    public static <T> Loaded<T> loadTree(String fileLabel, ObjectNode tree, List<String> sets, Class<T> type)
            throws ConfigException {
        return resolve(fileLabel, tree.deepCopy(), sha256(toYaml(tree).getBytes(StandardCharsets.UTF_8)), sets, type, null, null);
    }

    /** Serializes a tree as block-style YAML that reads back to an equal tree. */
    public static String toYaml(ObjectNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code origins} (path -> file) is null for a single file, else says which file of an extends chain set what.
     * {@code collect} null: throw on any problem and bind only a clean tree; else see {@link #load(Path, List, Class, Problems)}.
     */
    private static <T> Loaded<T> resolve(String label, ObjectNode tree, String sha, List<String> sets, Class<T> type,
            Map<String, String> origins, Problems collect) throws ConfigException {
        List<String> overrides = sets == null ? List.of() : List.copyOf(sets);
        Problems problems = new Problems(label);
        Overrides.apply(label, tree, overrides, problems);
        boolean lenient = collect != null;
        ObjectNode bound = lenient ? tree.deepCopy() : tree;
        List<String> reported = lenient ? new ArrayList<>() : null;
        check(bound, YAML.constructType(type), "", problems, reported, null);
        T value = null;
        if (problems.isEmpty() || lenient) {
            if (lenient) for (Problem p : problems.list()) reported.add(p.path());
            value = bind(bound, type, problems);
            if (value instanceof Validatable validatable) {
                Problems semantic = new Problems(label);
                if (lenient) semantic.cover(reported);
                validatable.validate("", semantic);
                problems.addAll(semantic.list());
            }
        }
        List<Problem> found = problems.list();
        if (origins != null && !found.isEmpty()) {
            for (String set : overrides) {   // a --set value belongs to the named file, whichever file set the key
                int eq = set == null ? -1 : set.indexOf('=');
                if (eq <= 0) continue;
                String path = set.substring(0, eq).trim();
                forget(path, origins);
                origins.put(path, label);
            }
            List<Problem> attributed = new ArrayList<>();
            for (Problem p : found) {
                attributed.add(new Problem(origin(p.path(), origins, label), p.path(), p.value(), p.expected()));
            }
            found = attributed;
        }
        if (lenient) {
            collect.addAll(found);
            collect.cover(reported);   // the caller's own checks of the bound value keep to one message per mistake
        }
        else if (!found.isEmpty()) throw new ConfigException(found);
        return new Loaded<>(value, tree, sha, overrides);
    }

    private static byte[] read(Path file, String label) throws ConfigException {
        if (Files.isDirectory(file)) throw new ConfigException(label, "", null, "a YAML file, not a directory");
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(label, "", null, "an existing file (not found)");
        } catch (IOException e) {
            throw new ConfigException(label, "", null, "a readable file (" + e.getMessage() + ")");
        }
    }

    private static ConfigException syntaxError(String label, IOException e) {
        String where = null;
        String what = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                where = "line " + (m.getProblemMark().getLine() + 1) + ", column " + (m.getProblemMark().getColumn() + 1);
                what = m.getProblem();
                break;
            }
        }
        if (where == null && e instanceof JsonProcessingException j && j.getLocation() != null) {
            JsonLocation loc = j.getLocation();
            where = "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        }
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(what));
        String expected = duplicate.find()
                ? "each key only once in a map (duplicate key '" + duplicate.group(1) + "')"
                : "valid YAML syntax; found: " + what;
        return new ConfigException(label, where, null, expected);
    }

    private static <T> T bind(ObjectNode tree, Class<T> type, Problems problems) {
        try {
            return YAML.treeToValue(tree, type);
        } catch (InvalidDefinitionException e) {
            throw new IllegalStateException("config class " + type.getName() + " cannot be bound: "
                    + e.getOriginalMessage(), e);
        } catch (JsonMappingException e) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : e.getPath()) {
                if (path.length() > 0) path.append('.');
                path.append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
            }
            problems.add(path.toString(), null, "a valid value (" + e.getOriginalMessage() + ")");
        } catch (JsonProcessingException e) {
            problems.add("", null, "a valid config (" + e.getOriginalMessage() + ")");
        }
        return null;
    }

    // ---- checking the tree against the target type, collecting every problem ----

    /**
     * Checks {@code node} against {@code type}, adding a problem for each mismatch. With {@code covered} (not null),
     * what is wrong is taken out of the tree (see {@link #load(Path, List, Class, Problems)}) and the key a misspelt
     * key was meant to be is added to it (the rules need not say again that it is missing). Returns false when the
     * node itself is wrong and its parent should drop it. {@code note} is the property's description, if any.
     */
    private static boolean check(JsonNode node, JavaType type, String path, Problems problems, List<String> covered, String note) {
        Class<?> raw = type.getRawClass();
        if (node == null || node.isNull()) {
            if (raw.isPrimitive()) {
                problems.add(path, "null", describe(type));
                return false;
            }
            return true;
        }
        boolean ok = true;
        if (isInteger(raw)) {
            ok = fitsInteger(node, raw);
        } else if (isDecimal(raw)) {
            ok = node.isNumber();
        } else if (raw == boolean.class || raw == Boolean.class) {
            ok = node.isBoolean();
        } else if (raw == char.class || raw == Character.class) {
            ok = node.isTextual() && node.textValue().length() == 1;
        } else if (raw == String.class || raw == CharSequence.class) {
            ok = node.isValueNode();
        } else if (raw.isEnum()) {
            return checkEnum(node, raw, path, problems, note);
        } else if (type.isArrayType() || type.isCollectionLikeType()) {
            ok = node.isArray();
            if (ok) return checkList((ArrayNode) node, type.getContentType(), path, problems, covered);
        } else if (type.isMapLikeType()) {
            ok = node.isObject();
            if (ok) checkMap((ObjectNode) node, type, path, problems, covered);
        } else if (isPojo(raw)) {
            ok = node.isObject();
            if (ok) checkPojo((ObjectNode) node, type, path, problems, covered);
        }
        if (!ok) problems.add(path, render(node), describe(type) + (note == null ? "" : " (" + note + ")"));
        return ok;
    }

    private static void checkPojo(ObjectNode node, JavaType type, String path, Problems problems, List<String> covered) {
        Map<String, Property> properties = PROPERTIES.computeIfAbsent(type, ConfigLoader::properties);
        List<String> drop = new ArrayList<>();
        node.fields().forEachRemaining(entry -> {
            String child = join(path, entry.getKey());
            Property property = properties.get(entry.getKey());
            if (property == null) {
                Optional<String> meant = Suggestions.closest(entry.getKey(), properties.keySet());
                problems.add(child, null, "a known key" + meant.map(s -> "; did you mean '" + s + "'?")
                        .orElse("; the keys here are " + properties.keySet()));
                if (covered != null) meant.ifPresent(s -> covered.add(join(path, s)));
                drop.add(entry.getKey());
            } else if (!check(entry.getValue(), property.type(), child, problems, covered, property.description())) {
                drop.add(entry.getKey());
            }
        });
        if (covered != null) node.remove(drop);
    }

    /** A bad element of a list of maps becomes null; a bad element of a list of values makes the list bad. */
    private static boolean checkList(ArrayNode node, JavaType content, String path, Problems problems, List<String> covered) {
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            if (checkElement(node.get(i), content, join(path, Integer.toString(i)), problems, covered)) continue;
            if (isPojo(content.getRawClass()) && !content.isContainerType()) {
                if (covered != null) node.set(i, NullNode.getInstance());
            } else {
                ok = false;
            }
        }
        return ok;
    }

    private static void checkMap(ObjectNode node, JavaType type, String path, Problems problems, List<String> covered) {
        Class<?> key = type.getKeyType().getRawClass();
        List<String> drop = new ArrayList<>();
        node.fields().forEachRemaining(entry -> {
            String child = join(path, entry.getKey());
            boolean ok = true;
            if (isInteger(key) && !isIntegerText(entry.getKey())) {
                problems.add(child, entry.getKey(), "an integer year");
                ok = false;
            } else if (key.isEnum() && !enumNames(key).contains(entry.getKey())) {
                problems.add(child, entry.getKey(), describeEnum(key) + suggest(entry.getKey(), enumNames(key)));
                ok = false;
            }
            if (!checkElement(entry.getValue(), type.getContentType(), child, problems, covered) || !ok) drop.add(entry.getKey());
        });
        if (covered != null) node.remove(drop);
    }

    /** List elements and map values may not be null. */
    private static boolean checkElement(JsonNode node, JavaType type, String path, Problems problems, List<String> covered) {
        if (node == null || node.isNull()) {
            problems.add(path, "null", describe(type));
            return false;
        }
        return check(node, type, path, problems, covered, null);
    }

    private static boolean checkEnum(JsonNode node, Class<?> type, String path, Problems problems, String note) {
        List<String> names = enumNames(type);
        if (!node.isTextual() || !names.contains(node.textValue())) {
            String hint = node.isTextual() ? suggest(node.textValue(), names) : "";
            problems.add(path, render(node), describeEnum(type) + (note == null ? "" : " (" + note + ")") + hint);
            return false;
        }
        return true;
    }

    /** A deserializable property: its type and its {@code @JsonPropertyDescription}, if any (shown when the value is wrong). */
    private record Property(JavaType type, String description) {}

    /** Deserializable properties of a POJO as Jackson sees them (public fields, setters; not static/transient). */
    private static Map<String, Property> properties(JavaType type) {
        Map<String, Property> result = new LinkedHashMap<>();
        for (BeanPropertyDefinition p : YAML.getDeserializationConfig().introspect(type).findProperties()) {
            if (p.hasField() || p.hasSetter() || p.hasConstructorParameter()) {
                result.put(p.getName(), new Property(p.getPrimaryType(), p.getMetadata().getDescription()));
            }
        }
        return result;
    }

    // ---- type classification and plain-words descriptions ----

    private static final Set<Class<?>> INTEGERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> DECIMALS = Set.of(double.class, Double.class, float.class, Float.class,
            BigDecimal.class, Number.class);

    private static boolean isInteger(Class<?> c) { return INTEGERS.contains(c); }

    private static boolean isDecimal(Class<?> c) { return DECIMALS.contains(c); }

    private static boolean isPojo(Class<?> c) {
        return !c.isPrimitive() && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())
                && !c.getName().startsWith("java.") && !c.getName().startsWith("javax.")
                && !JsonNode.class.isAssignableFrom(c);
    }

    /** A whole number (written as an integer or as a float with no fraction) that fits the target type. */
    private static boolean fitsInteger(JsonNode node, Class<?> c) {
        if (!node.isNumber()) return false;
        BigInteger value;
        if (node.isIntegralNumber()) {
            value = node.bigIntegerValue();
        } else {
            BigDecimal d = node.decimalValue();
            if (d.stripTrailingZeros().scale() > 0) return false;
            value = d.toBigIntegerExact();
        }
        if (c == BigInteger.class) return true;
        long min = c == byte.class || c == Byte.class ? Byte.MIN_VALUE
                : c == short.class || c == Short.class ? Short.MIN_VALUE
                : c == int.class || c == Integer.class ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = -(min + 1);
        return value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    private static boolean isIntegerText(String s) {
        try {
            Integer.parseInt(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String describe(JavaType type) {
        Class<?> c = type.getRawClass();
        if (type.isMapLikeType()) {
            JavaType key = type.getKeyType();
            JavaType value = type.getContentType();
            String keyWord = isInteger(key.getRawClass()) ? "year"
                    : key.getRawClass().isEnum() ? describeEnum(key.getRawClass())
                    : isNumeric(value.getRawClass()) ? "name (e.g. element symbol)" : "name";
            return "a map of " + keyWord + " to " + noun(value);
        }
        if (type.isArrayType() || type.isCollectionLikeType()) return "a list";
        if (c.isEnum()) return describeEnum(c);
        if (isInteger(c)) return "a whole number";
        if (isDecimal(c)) return "a number";
        if (c == boolean.class || c == Boolean.class) return "true or false";
        if (c == char.class || c == Character.class) return "a single character";
        if (c == String.class || c == CharSequence.class) return "a text value";
        if (JsonNode.class.isAssignableFrom(c)) return "a value (number, true/false, text, [list] or {map})";
        if (isPojo(c)) return "a map of " + c.getSimpleName() + " settings";
        return "a value of type " + c.getSimpleName();
    }

    private static String noun(JavaType type) {
        Class<?> c = type.getRawClass();
        if (type.isMapLikeType()) return "map";
        if (type.isArrayType() || type.isCollectionLikeType()) return "list";
        if (c.isEnum()) return describeEnum(c);
        if (isInteger(c)) return "whole number";
        if (isDecimal(c)) return "number";
        if (c == boolean.class || c == Boolean.class) return "true/false";
        if (c == String.class || c == CharSequence.class) return "text";
        if (isPojo(c)) return c.getSimpleName() + " settings";
        return c.getSimpleName();
    }

    private static boolean isNumeric(Class<?> c) { return isInteger(c) || isDecimal(c); }

    private static String describeEnum(Class<?> type) { return "one of " + enumNames(type); }

    /** The names Jackson reads for the enum's constants (their {@code @JsonValue} or {@code @JsonProperty} if any). */
    private static List<String> enumNames(Class<?> type) {
        return ENUM_NAMES.computeIfAbsent(type, t -> Arrays.stream(t.getEnumConstants())
                .map(e -> YAML.valueToTree(e).asText()).toList());
    }

    private static String suggest(String word, Collection<String> candidates) {
        return Suggestions.closest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    private static String render(JsonNode node) {
        if (node.isTextual()) return "\"" + node.textValue() + "\"";
        if (node.isValueNode()) return node.asText();
        String json = node.toString();
        return json.length() <= 60 ? json : json.substring(0, 57) + "...";
    }

    private static String join(String path, String key) { return path.isEmpty() ? key : path + "." + key; }

    /** The SHA-256 of {@code bytes}, in hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
