package org.credence.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET endpoint of the API, found from Spring's own mappings (so a new endpoint is walked without
 * anyone adding it to a test), and its paths filled with the ids a test knows.
 */
final class ApiGetWalk {

    private ApiGetWalk() {}

    static Set<String> patterns(RequestMappingHandlerMapping mappings) {
        Set<String> patterns = new LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/api/"))
                        .forEach(patterns::add);
            }
        }
        return patterns;
    }

    /**
     * Every way of filling the pattern's variables from the ids. A bare {@code {id}} takes the ids listed
     * under the collection before it ({@code documents}, {@code claims}, …) when the test gives those, else
     * those under {@code id}. An unknown variable fails the test: teach it.
     */
    static List<String> expand(String pattern, Map<String, List<Long>> ids) {
        Matcher variable = Pattern.compile("\\{(\\w+)}").matcher(pattern);
        if (!variable.find()) {
            return List.of(pattern);
        }
        String name = variable.group(1);
        if (name.equals("id")) {
            String[] before = pattern.substring(0, variable.start()).split("/");
            name = ids.containsKey(before[before.length - 1]) ? before[before.length - 1] : "id";
        }
        List<Long> values = ids.get(name);
        assertThat(values)
                .as("the walk knows what to put in {" + name + "} of " + pattern + ": teach the test")
                .isNotNull();
        List<String> paths = new ArrayList<>();
        for (long value : values) {
            paths.addAll(
                    expand(pattern.substring(0, variable.start()) + value + pattern.substring(variable.end()), ids));
        }
        return paths;
    }
}
