package org.credence.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request under /api/ that no endpoint takes answers with the API's JSON error — 404 for a path
 * there is none for, 405 with {@code Allow} for a method the path does not take — not with the UI's
 * page, which Vaadin serves for any path it does not know. The most specific mapping wins, so this one
 * is reached only when no endpoint matches.
 */
@RestController
class UnknownApiPathController {

    static final String EVERYTHING_UNDER_API = "/api/**";

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnknownApiPathController(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @RequestMapping(EVERYTHING_UNDER_API)
    ResponseEntity<ApiError> unknown(HttpServletRequest request) {
        Set<String> allowed = methodsFor(request);
        if (!allowed.isEmpty()) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                    .header(HttpHeaders.ALLOW, String.join(", ", allowed))
                    .body(new ApiError(
                            405,
                            "Method Not Allowed",
                            request.getRequestURI() + " takes " + String.join(" or ", allowed) + ", not "
                                    + request.getMethod() + "."));
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new ApiError(
                        404,
                        "Not Found",
                        "There is no API endpoint " + request.getMethod() + " " + request.getRequestURI()
                                + "; the README lists them."));
    }

    /** The methods the endpoints whose path matches this request's take. */
    private Set<String> methodsFor(HttpServletRequest request) {
        Set<String> methods = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getObject().getHandlerMethods().keySet()) {
            var paths = info.getPathPatternsCondition();
            if (paths == null
                    || paths.getPatternValues().contains(EVERYTHING_UNDER_API)
                    || paths.getMatchingCondition(request) == null) {
                continue;
            }
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
        }
        return methods;
    }
}
