package org.duban.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.duban.item.Category;
import org.duban.item.ItemAction;
import org.duban.item.ItemState;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The OpenAPI document served at /api/openapi.json says what the resources do: the same paths and methods, each with
 * the same parameters; each answer's schema with the fields of the record the resource returns; the choices of
 * states, categories and actions as the enums spell them.
 */
class OpenApiDocumentTest {

    private static final Set<Class<?>> METHODS = Set.of(GET.class, POST.class, PUT.class, DELETE.class);

    private final JsonObject document = read();

    @Test
    void isOpenApi31() {
        assertEquals("3.1.0", document.getString("openapi"));
    }

    @Test
    void everyOperationAndItsParametersAreTheResources() throws Exception {
        Map<String, Set<String>> resources = operationsOfTheResources();
        org.junit.jupiter.api.Assertions.assertTrue(resources.containsKey("POST /items/{id}/actions/{action}"), resources.toString());
        assertEquals(resources, operationsOfTheDocument());
    }

    @Test
    void everyAnswersSchemaHasTheFieldsOfItsRecord() {
        Map<String, Class<?>> shapes = Map.ofEntries(Map.entry("Me", MeResource.Me.class),
                Map.entry("ItemRow", Shapes.ItemRow.class), Map.entry("ItemPage", Shapes.ItemPage.class),
                Map.entry("MilestoneRow", Shapes.MilestoneRow.class), Map.entry("Event", Shapes.Event.class),
                Map.entry("Withheld", Shapes.Withheld.class), Map.entry("ItemDetail", Shapes.ItemDetail.class),
                Map.entry("ToDoRow", ToDosResource.ToDoRow.class), Map.entry("ToDoPage", ToDosResource.ToDoPage.class),
                Map.entry("StatisticsRow", StatisticsResource.Row.class),
                Map.entry("StatisticsAnswer", StatisticsResource.Answer.class),
                Map.entry("UnitEntry", DirectoryResource.UnitEntry.class),
                Map.entry("PersonEntry", DirectoryResource.PersonEntry.class),
                Map.entry("Directory", DirectoryResource.Answer.class));
        shapes.forEach((schema, record) -> assertEquals(
                Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(schema(schema).getJsonObject("properties").keySet()), schema));
    }

    @Test
    void theChoicesAreTheEnums() {
        assertEquals(names(ItemState.values()), choices("ItemState"));
        assertEquals(names(Category.values()), choices("Category"));
        Map<String, Enum<?>[]> members = Map.ofEntries(
                Map.entry("ActionBody/reworkKind", org.duban.item.ReworkKind.values()),
                Map.entry("ActionBody/haltKind", org.duban.item.HaltKind.values()),
                Map.entry("ActionBody/retention", org.duban.archive.Retention.values()),
                Map.entry("ActionBody/secrecy", org.duban.archive.Secrecy.values()),
                Map.entry("ItemRow/light", org.duban.item.Light.values()),
                Map.entry("ItemDetail/priority", org.duban.item.Priority.values()),
                Map.entry("Draft/priority", org.duban.item.Priority.values()),
                Map.entry("Draft/reportingCycle", org.duban.item.ReportingCycle.values()),
                Map.entry("Me/scope", org.duban.organization.AccessToken.Scope.values()));
        members.forEach((member, values) -> {
            String[] at = member.split("/");
            assertEquals(names(values), enumOf(schema(at[0]).getJsonObject("properties").getJsonObject(at[1])), member);
        });
        assertEquals(names(org.duban.item.UrgingMethod.values()), enumOf(schema("ActionBody").getJsonObject("properties")
                .getJsonObject("urging").getJsonObject("properties").getJsonObject("method")));
        Map<String, Enum<?>[]> parameters = Map.of("/items light", org.duban.item.Light.values(),
                "/items sort", org.duban.item.ItemQueries.SortBy.values(), "/items order", ItemsResource.Order.values(),
                "/statistics grouping", org.duban.assessment.Grouping.values());
        parameters.forEach((parameter, values) -> {
            String[] at = parameter.split(" ");
            JsonObject found = document.getJsonObject("paths").getJsonObject(at[0]).getJsonObject("get")
                    .getJsonArray("parameters").getValuesAs(JsonObject.class).stream().map(this::resolved)
                    .filter(p -> p.getString("name").equals(at[1])).findFirst().orElseThrow();
            assertEquals(names(values), enumOf(found.getJsonObject("schema")), parameter);
        });
        assertEquals(Arrays.stream(ItemAction.values()).filter(ItemAction::isTakenOnItem).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new)), choices("ItemAction"));
    }

    /** "GET /items/{id}" to its parameters, "in:name" sorted. */
    private static Map<String, Set<String>> operationsOfTheResources() throws Exception {
        Map<String, Set<String>> operations = new TreeMap<>();
        File folder = new File(OpenApiDocumentTest.class.getResource("/org/duban/web/api/RestApi.class").toURI())
                .getParentFile();
        for (String file : Objects.requireNonNull(folder.list())) {
            if (!file.endsWith(".class") || file.contains("$")) {
                continue;
            }
            Class<?> type = Class.forName("org.duban.web.api." + file.replace(".class", ""));
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = Arrays.stream(method.getAnnotations()).map(a -> a.annotationType())
                        .filter(METHODS::contains).map(Class::getSimpleName).findFirst().orElse(null);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = ("/" + root.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("\\{(\\w+):[^}]*}", "{$1}");
                Set<String> parameters = new TreeSet<>();
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(QueryParam.class)) {
                        parameters.add("query:" + parameter.getAnnotation(QueryParam.class).value());
                    } else if (parameter.isAnnotationPresent(PathParam.class)) {
                        parameters.add("path:" + parameter.getAnnotation(PathParam.class).value());
                    }
                }
                operations.put(verb + " " + path, parameters);
            }
        }
        return operations;
    }

    private Map<String, Set<String>> operationsOfTheDocument() {
        Map<String, Set<String>> operations = new TreeMap<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((verb, operation) -> {
            Set<String> parameters = new TreeSet<>();
            operation.asJsonObject().getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()
                    .forEach(parameter -> {
                        JsonObject p = resolved(parameter.asJsonObject());
                        parameters.add(p.getString("in") + ":" + p.getString("name"));
                    });
            operations.put(verb.toUpperCase() + " " + path, parameters);
        }));
        return operations;
    }

    private JsonObject resolved(JsonObject object) {
        if (!object.containsKey("$ref")) {
            return object;
        }
        JsonObject found = document;
        for (String step : object.getString("$ref").substring(2).split("/")) {
            found = found.getJsonObject(step);
        }
        return found;
    }

    private JsonObject schema(String name) {
        return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }

    private Set<String> choices(String schema) {
        return enumOf(schema(schema));
    }

    private static Set<String> enumOf(JsonObject schema) {
        return schema.getJsonArray("enum").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonObject read() {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(OpenApiResource.DOCUMENT);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
