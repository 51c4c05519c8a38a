package org.minping.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.minping.core.shared.FieldError;

/** Builds RFC 9457 problem responses: a type, a title, the status, details, and the offending fields. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://minping.org/problems/";

    /** 422 is not among JAX-RS's predefined statuses. */
    public static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private Problem() {
    }

    public static Response of(Response.StatusType status, String type, String title, String detail) {
        return of(status, type, title, detail, List.of());
    }

    /** 401 with the Bearer challenge: a system's API token is missing, wrong or of another scope. */
    public static Response unauthorized(String detail) {
        return Response.fromResponse(of(Response.Status.UNAUTHORIZED, "unauthorized", "Unauthorized", detail))
                .header("WWW-Authenticate", "Bearer").build();
    }

    public static Response of(Response.StatusType status, String type, String title, String detail,
                              List<FieldError> errors) {
        return Response.status(status).type(PROBLEM_JSON).entity(body(status.getStatusCode(), type, title, detail, errors)).build();
    }

    /** The problem document itself, for those that answer outside JAX-RS (the security filters). */
    public static String body(int status, String type, String title, String detail, List<FieldError> errors) {
        JsonObjectBuilder body = ApiRepresentations.JSON.createObjectBuilder()
                .add("type", TYPE_BASE + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = ApiRepresentations.JSON.createArrayBuilder();
            errors.forEach(e -> list.add(error(e)));
            body.add("errors", list);
        }
        return body.build().toString();
    }

    /**
     * One field's problem; its arguments, the values the English message names (a row, a column's
     * value), let a client say the code in its own language.
     */
    private static JsonObjectBuilder error(FieldError error) {
        JsonObjectBuilder json = ApiRepresentations.JSON.createObjectBuilder()
                .add("field", error.field())
                .add("code", error.code())
                .add("message", error.message());
        if (!error.arguments().isEmpty()) {
            JsonArrayBuilder arguments = ApiRepresentations.JSON.createArrayBuilder();
            for (Object argument : error.arguments()) {
                if (argument instanceof Integer || argument instanceof Long) {
                    arguments.add(((Number) argument).longValue());
                } else if (argument instanceof Number number) {
                    arguments.add(new java.math.BigDecimal(number.toString()));
                } else {
                    arguments.add(argument.toString());
                }
            }
            json.add("arguments", arguments);
        }
        return json;
    }
}
