package de.werkerp.web.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes Payara's OpenAPI document one integrators can generate clients from (README "REST API (OpenAPI)"):
 * info, server and both security schemes (HTTP Basic, Bearer API token); the error body as the schema
 * {@code Fehler}; on every operation a summary and a unique operationId derived from method and path unless an
 * {@code @Operation} gives them, and the error answers the API can give (400, 401, 403, 404, 409, 429); each tag
 * once. Paths and JSON fields are never touched.
 */
public class OpenApiFilter implements OASFilter {

    static final String FEHLER = "Fehler";
    static final String FELDFEHLER = "Feldfehler";
    private static final String FEHLER_REF = "#/components/schemas/" + FEHLER;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        info(openAPI);
        openAPI.setServers(List.of(OASFactory.createServer().url("/werkerp")
                .description("WerkERP (Kontextpfad /werkerp auf dem Server, der dieses Dokument ausliefert)")));
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        securitySchemes(components);
        errorSchemas(components);
        repairNumberProperties(components);
        openAPI.setSecurity(List.of(
                OASFactory.createSecurityRequirement().addScheme("basic"),
                OASFactory.createSecurityRequirement().addScheme("bearer")));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            Set<String> ids = new HashSet<>();
            Map<String, PathItem> sorted = new TreeMap<>(openAPI.getPaths().getPathItems());
            sorted.forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                    operation(path, method, operation, ids)));
        }
        tags(openAPI);
    }

    private static void info(OpenAPI openAPI) {
        Info info = openAPI.getInfo() == null ? OASFactory.createInfo() : openAPI.getInfo();
        if (info.getTitle() == null) {
            info.setTitle("WerkERP API");
        }
        if (info.getVersion() == null) {
            info.setVersion("1");
        }
        openAPI.setInfo(info);
    }

    private static void securitySchemes(Components components) {
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put("basic", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("Kennung/Benutzername und Passwort; nur für Konten ohne zweiten Faktor."));
        schemes.put("bearer", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("Persönliches API-Token (Seite „API-Tokens“ oder POST /api/v1/anmeldung/token);"
                        + " für Konten mit zweitem Faktor."));
        components.setSecuritySchemes(schemes);
    }

    private static void errorSchemas(Components components) {
        Schema feldfehler = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("Ein Feld, das nicht stimmt, mit deutscher Meldung.")
                .addProperty("feld", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("meldung", OASFactory.createSchema().type(Schema.SchemaType.STRING));
        Schema fehler = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("Jede Fehlerantwort: HTTP-Status, deutsche Meldung, die Felder mit Fehlern (ggf. leer).")
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("meldung", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("fehler", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + FELDFEHLER)))
                .required(List.of("status", "meldung", "fehler"));
        components.addSchema(FELDFEHLER, feldfehler);
        components.addSchema(FEHLER, fehler);
    }

    /**
     * Payara ignores {@code @Schema(type = INTEGER)} on a record component of type {@code JsonValue} (e.g. the
     * calculator's {@code svTage}) and writes an object with empty bounds; a property with minimum or maximum is a
     * number.
     */
    private static void repairNumberProperties(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        components.getSchemas().values().forEach(schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            schema.getProperties().values().forEach(property -> {
                if (property.getType() == Schema.SchemaType.OBJECT
                        && (property.getMinimum() != null || property.getMaximum() != null)) {
                    property.setType(Schema.SchemaType.INTEGER);
                    property.setMinLength(null);
                    property.setMaxProperties(null);
                    property.setMinProperties(null);
                    property.setUniqueItems(null);
                    property.setExclusiveMinimum(null);
                    property.setExclusiveMaximum(null);
                    property.setReadOnly(null);
                    property.setWriteOnly(null);
                    property.setDeprecated(null);
                    property.setNullable(null);
                    if (property.getDefaultValue() instanceof String text && text.matches("-?\\d+")) {
                        property.setDefaultValue(Integer.valueOf(text));
                    }
                }
            });
        });
    }

    private static void operation(String path, PathItem.HttpMethod method, Operation operation, Set<String> ids) {
        // Payara names operations after the Java method (list, get, create …: many duplicates); the name from
        // method and path is unique and stays stable when resources are added
        String id = operationId(method, path);
        if (!ids.add(id)) {
            throw new IllegalStateException("Doppelte operationId " + id);
        }
        operation.setOperationId(id);
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(summary(method, path));
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        seitenweise(operation, responses);
        // the public REST paths of web.xml ("Oeffentlich"): no 401/403 there
        boolean anonymous = path.equals("/api/v1/health") || path.equals("/api/v1/einladung")
                || path.startsWith("/api/v1/anmeldung/");
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty()) || path.contains("{");
        if (hasInput) {
            error(responses, "400", "Ungültige Eingabe; {@code fehler} nennt die Felder.");
        }
        if (!anonymous) {
            error(responses, "401", "Nicht angemeldet.");
            error(responses, "403", "Keine Berechtigung für diese Rolle oder diesen Träger.");
        }
        if (path.contains("{")) {
            error(responses, "404", "Nicht gefunden.");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE || method == PathItem.HttpMethod.PATCH) {
            error(responses, "409", "Widerspricht einem vorhandenen Datensatz oder wurde inzwischen geändert.");
        }
        if (!anonymous || path.startsWith("/api/v1/anmeldung/")) {
            error(responses, "429", "Zu viele Anmeldeversuche; Retry-After nennt die Sekunden.");
        }
    }

    /**
     * A paged list ({@link Seitenweise}): the parameters {@code offset} and {@code limit} get their meaning, range and
     * default, the success answer the header with the total.
     */
    private static void seitenweise(Operation operation, APIResponses responses) {
        if (operation.getParameters() == null) {
            return;
        }
        boolean paged = false;
        for (Parameter p : operation.getParameters()) {
            if (p.getIn() != Parameter.In.QUERY) {
                continue;
            }
            if ("limit".equals(p.getName())) {
                paged = true;
                p.setDescription("Höchstens so viele Einträge (eine Seite); Standard " + Seitenweise.STANDARD
                        + ", höchstens " + Seitenweise.HOECHSTENS + ".");
                p.setSchema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(Seitenweise.HOECHSTENS))
                        .defaultValue(Seitenweise.STANDARD));
            } else if ("offset".equals(p.getName())) {
                p.setDescription("So viele Einträge vom Anfang der Liste überspringen; Standard 0.");
                p.setSchema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.ZERO).defaultValue(0));
            }
        }
        if (!paged || responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") || status.equals("default")) {
                response.addHeader(Seitenweise.GESAMT, OASFactory.createHeader()
                        .description("Anzahl aller Einträge der Liste (über alle Seiten).")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64")));
            }
        });
    }

    private static void error(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description.replace("{@code fehler}", "„fehler“"))
                .content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(FEHLER_REF))));
        responses.addAPIResponse(status, response);
    }

    /** A unique name from method and path: {@code GET /gruppen/{id}/mitglieder} → {@code getGruppenByIdMitglieder}. */
    static String operationId(PathItem.HttpMethod method, String path) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals("api") || segment.equals("v1")) {
                continue;
            }
            boolean parameter = segment.startsWith("{");
            if (parameter) {
                id.append("By");
            }
            for (String word : ascii(segment).split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return id.toString();
    }

    private static String ascii(String s) {
        return s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
    }

    /** A short German summary from method and path: {@code PUT /gruppen/{id}} → „Gruppen: ändern“. */
    static String summary(PathItem.HttpMethod method, String path) {
        List<String> words = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{") && !segment.equals("api") && !segment.equals("v1")) {
                words.add(segment);
            }
        }
        boolean item = path.endsWith("}");
        String subject = words.isEmpty() ? "API" : String.join(" ", words);
        String verb = switch (method) {
            case GET -> item ? "lesen" : "abrufen";
            case POST -> "anlegen oder ausführen";
            case PUT -> "ändern";
            case DELETE -> "löschen oder deaktivieren";
            case PATCH -> "teilweise ändern";
            default -> method.name();
        };
        return subject + ": " + verb;
    }

    private static void tags(OpenAPI openAPI) {
        Map<String, Tag> unique = new TreeMap<>();
        if (openAPI.getTags() != null) {
            for (Tag tag : openAPI.getTags()) {
                Tag known = unique.get(tag.getName());
                if (known == null || (known.getDescription() == null && tag.getDescription() != null)) {
                    unique.put(tag.getName(), tag);
                }
            }
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getTags() != null) {
                    op.getTags().forEach(name -> unique.putIfAbsent(name, OASFactory.createTag().name(name)));
                }
            }));
        }
        unique.values().forEach(tag -> {
            if (tag.getDescription() == null) {
                tag.setDescription("Operationen zu „" + tag.getName() + "“.");
            }
        });
        openAPI.setTags(new ArrayList<>(unique.values()));
    }
}
