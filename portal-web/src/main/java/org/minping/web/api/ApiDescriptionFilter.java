package org.minping.web.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the description of the API where the portal answers alike on every endpoint of a kind,
 * so the resources list only what is particular to each: every operation may answer 503 (the
 * database is away, or the portal is stopping); one that takes a body may answer 400, 413, 415 and
 * 422 (every body is parsed, capped and checked the same way); one that needs credentials may
 * answer 401 and 403. Each refers to the shared responses in META-INF/openapi.yaml.
 *
 * <p>And Payara describes the parts of a form (JAX-RS @FormParam) as a body of any media type,
 * "*&#47;*", next to the form's own description (@RequestBody, multipart/form-data), which says what
 * the endpoint takes: the guess goes where a description is there.
 */
public class ApiDescriptionFilter implements OASFilter {

    private static final String ANY = "*/*";
    private static final Map<String, String> EVERY_OPERATION = Map.of("503", "Unavailable");
    private static final Map<String, String> WITH_A_BODY = Map.of("400", "BadRequest", "413", "TooLarge",
            "415", "UnsupportedMediaType", "422", "Invalid");
    private static final Map<String, String> WITH_CREDENTIALS = Map.of("401", "Unauthorized", "403", "Forbidden");

    @Override
    public RequestBody filterRequestBody(RequestBody requestBody) {
        Content content = requestBody.getContent();
        if (content != null && content.getMediaTypes() != null && content.getMediaTypes().size() > 1
                && content.hasMediaType(ANY)) {
            content.removeMediaType(ANY);
        }
        return requestBody;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        add(responses, EVERY_OPERATION);
        if (operation.getRequestBody() != null) {
            add(responses, WITH_A_BODY);
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, WITH_CREDENTIALS);
        }
        return operation;
    }

    private static void add(APIResponses responses, Map<String, String> shared) {
        for (String status : List.copyOf(new java.util.TreeSet<>(shared.keySet()))) {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(shared.get(status)));
            }
        }
    }
}
