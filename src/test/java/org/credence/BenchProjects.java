package org.credence;

import java.util.Map;
import java.util.Set;
import org.credence.project.ActingProject;
import org.credence.project.ProjectService;
import org.credence.security.Role;
import org.springframework.context.ApplicationContext;

/**
 * Benchmarks measure inside a project of their own, as a deployment with several investigations runs:
 * every read then goes through the project filter, and {@link #neighbour} puts other work beside it
 * that the filter must skip.
 */
public final class BenchProjects {

    private BenchProjects() {}

    /**
     * The project with this name (made if missing), with these members, each remembered there so a browser
     * sign-in starts in it; leaves the caller signed in as an administrator.
     */
    public static long project(ApplicationContext context, String name, Map<String, Role> members) {
        TestSecurity.signIn(context, "admin", Role.ADMIN);
        ProjectService projects = context.getBean(ProjectService.class);
        long id = projects.findOrCreate(name, "Made by a benchmark.");
        members.forEach((username, role) -> {
            projects.setMember(id, username, Set.of(role));
            context.getBean(ActingProject.class).remember(username, id);
        });
        return id;
    }

    /** A second project, beside the measured one. */
    public static long neighbour(ApplicationContext context) {
        return project(context, "Benchmark neighbour", Map.of());
    }

    /** Puts a browser user back in Default, where the other browser tests expect everyone to start. */
    public static void leave(ApplicationContext context, String username) {
        context.getBean(ActingProject.class)
                .remember(username, context.getBean(ActingProject.class).defaultId());
    }
}
