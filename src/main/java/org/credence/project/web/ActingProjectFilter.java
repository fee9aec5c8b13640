package org.credence.project.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.credence.project.ActingProject;
import org.credence.project.ProjectOwnedResource;
import org.credence.security.ProjectAuthentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every signed-in request in one project, after Spring Security has found who is calling. The
 * person's authorities become their roles in that project ({@link ProjectAuthentication}), so the
 * services' {@code @Access} rules apply per project and reads filter on {@link ActingProject#id()}.
 *
 * <ul>
 *   <li>API: {@code /api/projects/{id}/…} acts in that project; a path naming an item by its id
 *       ({@code /api/documents/7/…}, {@code /api/statements/9}, …) acts in the item's project; other paths
 *       (deprecated, from before projects) act in Default. A person who may not read that project is
 *       answered 404 with the same message as for a missing project or item, before any service runs.
 *   <li>UI: the session keeps the project chosen in the header (or where the person starts, see
 *       {@link ActingProject#startingProject}); roles are read again on every request, so a removed
 *       member loses access at their next click.
 * </ul>
 */
@Component
class ActingProjectFilter extends OncePerRequestFilter {

    private static final String PROJECTS = "projects";
    /** The parts of {@code /api/projects/{id}/…} that manage the project rather than act inside it. */
    private static final java.util.Set<String> MANAGEMENT = java.util.Set.of("members", "guidelines");

    private final ActingProject acting;
    private final Map<String, ProjectOwnedResource> resources;
    private final SecurityContextHolderStrategy securityContext;
    private final ObjectMapper json;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    ActingProjectFilter(
            ActingProject acting,
            List<ProjectOwnedResource> resources,
            ObjectProvider<SecurityContextHolderStrategy> securityContext,
            ObjectMapper json) {
        this.acting = acting;
        this.resources =
                resources.stream().collect(Collectors.toMap(ProjectOwnedResource::collection, Function.identity()));
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = securityContext.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            Target target = apiTarget(segments(path));
            if (target.projectId().isEmpty()) {
                // Project management: a project one cannot read is missing before its body is even read.
                OptionalLong managed = managedProject(segments(path));
                if (managed.isPresent() && !acting.readableBy(caller, managed.getAsLong())) {
                    notFound(response, "Project " + managed.getAsLong() + " does not exist.");
                    return;
                }
                chain.doFilter(request, response);
                return;
            }
            long projectId = target.projectId().getAsLong();
            Optional<ProjectAuthentication> inProject =
                    projectId == ProjectAuthentication.NO_PROJECT ? Optional.empty() : acting.enter(caller, projectId);
            if (projectId != ProjectAuthentication.NO_PROJECT && inProject.isEmpty()) {
                if (target.notFoundMessage() != null) {
                    notFound(response, target.notFoundMessage());
                    return;
                }
                projectId = ProjectAuthentication.NO_PROJECT; // a deprecated path, outside Default: nothing
            }
            if (target.deprecated()) {
                // RFC 9745: still answered (in Default) for one release; /api/projects/{id}/… replaces it.
                response.setHeader("Deprecation", "true");
                response.setHeader(
                        "Link",
                        "</api/projects/" + acting.defaultId() + "/" + String.join("/", segments(path))
                                + ">; rel=\"successor-version\"");
            }
            setContext(inProject.orElseGet(() -> acting.in(caller, ProjectAuthentication.NO_PROJECT)));
        } else {
            actInSessionProject(caller, request, response);
        }
        chain.doFilter(request, response);
    }

    private void actInSessionProject(Authentication caller, HttpServletRequest request, HttpServletResponse response) {
        Optional<ProjectAuthentication> stayed = caller instanceof ProjectAuthentication current
                        && current.projectId() != ProjectAuthentication.NO_PROJECT
                ? acting.enter(caller, current.projectId())
                : Optional.empty();
        ProjectAuthentication now = stayed.orElseGet(() -> acting.in(caller, acting.startingProject(caller)));
        if (!(caller instanceof ProjectAuthentication before)
                || before.projectId() != now.projectId()
                || !before.getAuthorities().equals(now.getAuthorities())) {
            SecurityContext context = setContext(now);
            // Vaadin's push and later requests read the context from the HTTP session.
            sessions.saveContext(context, request, response);
        } else {
            setContext(now);
        }
    }

    /**
     * The project an API path acts in: empty for project management ({@code /api/projects},
     * {@code /api/projects/7}, its members and guidelines), which checks membership itself.
     */
    private Target apiTarget(String[] segments) {
        if (segments.length >= 1 && segments[0].equals(PROJECTS)) {
            if (segments.length < 3 || MANAGEMENT.contains(segments[2])) {
                return new Target(OptionalLong.empty(), null);
            }
            OptionalLong id = number(segments[1]);
            return id.isEmpty()
                    ? new Target(OptionalLong.empty(), null) // Spring answers the malformed id
                    : new Target(id, "Project " + segments[1] + " does not exist.");
        }
        for (int i = 0; i + 1 < segments.length; i++) {
            ProjectOwnedResource resource = resources.get(segments[i]);
            OptionalLong id = resource == null ? OptionalLong.empty() : number(segments[i + 1]);
            if (id.isPresent()) {
                OptionalLong project = resource.projectOf(id.getAsLong());
                // A missing item: act in Default, where the service answers it is missing.
                return new Target(
                        OptionalLong.of(project.orElseGet(acting::defaultId)),
                        resource.notFoundMessage(id.getAsLong()));
            }
        }
        // Sources are shared by every project; the rest is the API from before projects.
        return new Target(OptionalLong.of(acting.defaultId()), null, !segments[0].equals("sources"));
    }

    /** The id in {@code /api/projects/{id}} and its members and guidelines paths, if numeric. */
    private static OptionalLong managedProject(String[] segments) {
        return segments.length >= 2 && segments[0].equals(PROJECTS) ? number(segments[1]) : OptionalLong.empty();
    }

    private SecurityContext setContext(Authentication authentication) {
        SecurityContext context = securityContext.createEmptyContext();
        context.setAuthentication(authentication);
        securityContext.setContext(context);
        return context;
    }

    private void notFound(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("status", 404, "error", "Not Found", "message", message));
    }

    private static String[] segments(String apiPath) {
        return apiPath.substring("/api/".length()).split("/");
    }

    private static OptionalLong number(String segment) {
        try {
            return OptionalLong.of(Long.parseLong(segment));
        } catch (NumberFormatException notAnId) {
            return OptionalLong.empty();
        }
    }

    private record Target(OptionalLong projectId, String notFoundMessage, boolean deprecated) {

        Target(OptionalLong projectId, String notFoundMessage) {
            this(projectId, notFoundMessage, false);
        }
    }
}
