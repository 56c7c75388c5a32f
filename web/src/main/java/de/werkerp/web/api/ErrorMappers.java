package de.werkerp.web.api;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import de.werkerp.platform.control.AccessDenied;
import de.werkerp.platform.control.ConcurrentChange;
import de.werkerp.platform.control.NotFound;
import de.werkerp.platform.control.ValidationFailure;

/** Turns every failure into a JSON answer with a German message; never a stack trace. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    static Response json(int status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    @Provider
    public static class ValidationFailureMapper implements ExceptionMapper<ValidationFailure> {
        @Override
        public Response toResponse(ValidationFailure e) {
            List<ErrorBody.FieldMessage> fields = e.errors().stream()
                    .map(f -> new ErrorBody.FieldMessage(f.field(), f.message())).toList();
            return json(400, new ErrorBody(400, "Die Eingabe ist ungültig: " + fields.get(0).feld() + " – "
                    + fields.get(0).meldung(), fields));
        }
    }

    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<ErrorBody.FieldMessage> fields = e.getConstraintViolations().stream()
                    .map(v -> new ErrorBody.FieldMessage(v.getPropertyPath().toString(), v.getMessage())).toList();
            return json(400, new ErrorBody(400, "Die Eingabe ist ungültig.", fields));
        }
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound e) {
            return json(404, ErrorBody.of(404, e.getMessage()));
        }
    }

    @Provider
    public static class AccessDeniedMapper implements ExceptionMapper<AccessDenied> {
        @Override
        public Response toResponse(AccessDenied e) {
            return json(403, ErrorBody.of(403, e.getMessage()));
        }
    }

    @Provider
    public static class ConcurrentChangeMapper implements ExceptionMapper<ConcurrentChange> {
        @Override
        public Response toResponse(ConcurrentChange e) {
            return json(409, ErrorBody.of(409, e.getMessage()));
        }
    }

    @Provider
    public static class JsonMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return json(400, ErrorBody.of(400, "Der Inhalt ist kein gültiges JSON in der erwarteten Form."));
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return json(400, ErrorBody.of(400, "Der Inhalt ist kein gültiges JSON in der erwarteten Form."));
        }
    }

    @Provider
    public static class UngueltigerParameterMapper implements ExceptionMapper<UngueltigerParameter> {
        @Override
        public Response toResponse(UngueltigerParameter e) {
            return json(400, new ErrorBody(400, e.getMessage(), List.of(new ErrorBody.FieldMessage(e.parameter(),
                    e.getMessage()))));
        }
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404 && e.getCause() != null) {
                // JAX-RS answers 404 when a query or path parameter cannot be converted (the container's
                // ParamException carries the cause); that is bad input, not a missing resource
                String name = parameterName(e);
                String meldung = "Der Parameter " + (name == null ? "" : "„" + name + "“ ") + "hat keinen gültigen Wert.";
                return json(400, new ErrorBody(400, meldung, List.of(new ErrorBody.FieldMessage(
                        name == null ? "parameter" : name, meldung))));
            }
            String message = switch (status) {
                case 400 -> "Die Anfrage ist ungültig (z. B. kein gültiges JSON oder eine ungültige Kennung).";
                case 401 -> "Anmeldung erforderlich.";
                case 403 -> "Keine Berechtigung.";
                case 404 -> "Nicht gefunden.";
                case 405 -> "Diese Methode ist hier nicht erlaubt.";
                case 406 -> "Dieses Antwortformat wird nicht angeboten.";
                case 415 -> "Bitte senden Sie JSON (Content-Type: application/json).";
                default -> "Die Anfrage konnte nicht bearbeitet werden.";
            };
            return json(status, ErrorBody.of(status, message));
        }
    }

    /** The parameter name of the container's parameter exception (Jersey's ParamException), if it has one. */
    static String parameterName(WebApplicationException e) {
        try {
            Object name = e.getClass().getMethod("getParameterName").invoke(e);
            return name instanceof String s && !s.isBlank() ? s : null;
        } catch (ReflectiveOperationException | RuntimeException x) {
            return null;
        }
    }

    @Provider
    public static class EjbMapper implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLIntegrityConstraintViolationException) {
                    return json(409, ErrorBody.of(409, "Der Datensatz widerspricht einem vorhandenen (z. B. doppelter Name). Es wurde nichts gespeichert."));
                }
                if (t instanceof ValidationFailure failure) {
                    return new ValidationFailureMapper().toResponse(failure);
                }
                if (t instanceof ConstraintViolationException violation) {
                    return new ConstraintViolationMapper().toResponse(violation);
                }
            }
            if (de.werkerp.platform.control.Gleichzeitig.erkannt(e)) {
                // two requests changed the same row at once (e.g. on two nodes of a cluster): the later commit lost
                return json(409, ErrorBody.of(409, "Der Datensatz wurde gleichzeitig von einer anderen Anfrage geändert."
                        + " Es wurde nichts gespeichert; bitte neu laden und erneut versuchen."));
            }
            return intern(e);
        }
    }

    @Provider
    public static class FallbackMapper implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            return intern(e);
        }
    }

    /**
     * 500, or 503 (with Retry-After) when the database connection broke during the request (a Galera node died):
     * with a message that says whether anything was saved (platform.control.Verbindungsabbruch).
     */
    static Response intern(RuntimeException e) {
        de.werkerp.platform.control.Verbindungsabbruch abbruch = de.werkerp.platform.control.Verbindungsabbruch.von(e);
        if (abbruch != de.werkerp.platform.control.Verbindungsabbruch.KEINER) {
            LOG.log(Level.WARNING, "Datenbankverbindung während der Anfrage abgebrochen (" + abbruch + ")", e);
            return Response.fromResponse(json(503, ErrorBody.of(503, abbruch.meldung()))).header("Retry-After", "2")
                    .build();
        }
        LOG.log(Level.SEVERE, "Unerwarteter Fehler in der REST-API", e);
        return json(500, ErrorBody.of(500, "Interner Fehler. Es wurde nichts gespeichert."));
    }
}
