package org.minping.web.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * Payara describes the parts of a form (JAX-RS @FormParam) as a body of any media type, "*&#47;*",
 * next to the form's own description (@RequestBody, multipart/form-data), which says what the
 * endpoint takes: the guess goes where a description is there.
 */
public class FormBodyDescriptionFilter implements OASFilter {

    private static final String ANY = "*/*";

    @Override
    public RequestBody filterRequestBody(RequestBody requestBody) {
        Content content = requestBody.getContent();
        if (content != null && content.getMediaTypes() != null && content.getMediaTypes().size() > 1
                && content.hasMediaType(ANY)) {
            content.removeMediaType(ANY);
        }
        return requestBody;
    }
}
