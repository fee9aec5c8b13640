package org.credence.project;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.security.CurrentUser;
import org.credence.security.ProjectAuthentication;
import org.credence.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which project a request acts in, and what the person may do there. Every read of project data
 * filters on {@link #id()}; the web layer sets it per request ({@code ActingProjectFilter}) by putting
 * a {@link ProjectAuthentication} in the security context, and refuses a project the person does not
 * belong to before any service runs.
 */
@Component
public class ActingProject {

    private final ProjectRepository projects;
    private final ProjectMemberRepository members;
    private final ProjectChoiceRepository choices;
    private final CurrentUser currentUser;
    private final Clock clock;
    private volatile Long defaultId;

    ActingProject(
            ProjectRepository projects,
            ProjectMemberRepository members,
            ProjectChoiceRepository choices,
            CurrentUser currentUser,
            Clock clock) {
        this.projects = projects;
        this.members = members;
        this.choices = choices;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The project the signed-in user acts in now. Start-up tasks and the command line act in Default
     * unless told otherwise; a person in no project acts in {@link ProjectAuthentication#NO_PROJECT}
     * and finds nothing.
     */
    public long id() {
        return currentUser.projectId().orElseGet(this::defaultId);
    }

    /** The project everything before projects belongs to (and unscoped, deprecated API paths act in). */
    @Transactional(readOnly = true)
    public long defaultId() {
        Long known = defaultId;
        if (known == null) { // asked on every import: looked up once (it is never renamed)
            known = projects.findByName(ProjectService.DEFAULT_PROJECT)
                    .map(Project::getId)
                    .orElseThrow(() -> new IllegalStateException("The Default project is missing (migration V14)."));
            defaultId = known;
        }
        return known;
    }

    /** The person acting in the project, with their roles there (none when they are not a member). */
    @Transactional(readOnly = true)
    public ProjectAuthentication in(Authentication signedIn, long projectId) {
        return new ProjectAuthentication(signedIn, projectId, roles(signedIn.getName(), projectId));
    }

    /** Whether the person may see the project at all: a member, or an administrator (global). */
    @Transactional(readOnly = true)
    public boolean readableBy(Authentication signedIn, long projectId) {
        return enter(signedIn, projectId).isPresent();
    }

    /**
     * The person acting in the project with their roles there, or empty when they may not read it
     * (neither a member nor an administrator, or no such project). Asked on every request, so it reads
     * the membership once: a member row implies the project exists; only an administrator who is not a
     * member needs the project looked up.
     */
    @Transactional(readOnly = true)
    public Optional<ProjectAuthentication> enter(Authentication signedIn, long projectId) {
        Set<Role> roles = roles(signedIn.getName(), projectId);
        boolean readable = !roles.isEmpty()
                || (ProjectAuthentication.accountHas(signedIn, Role.ADMIN) && projects.existsById(projectId));
        return readable ? Optional.of(new ProjectAuthentication(signedIn, projectId, roles)) : Optional.empty();
    }

    /**
     * Where a person starts after signing in: the project they last chose if they may still read it,
     * else the first of theirs by name (Default first), else none.
     */
    @Transactional(readOnly = true)
    public long startingProject(Authentication signedIn) {
        Optional<Long> chosen = choices.findById(signedIn.getName())
                .map(ProjectChoice::getProjectId)
                .filter(p -> readableBy(signedIn, p));
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Set<Long> mine = members.findByUsername(signedIn.getName()).stream()
                .map(ProjectMember::getProjectId)
                .collect(Collectors.toSet());
        if (mine.contains(defaultId()) || ProjectAuthentication.accountHas(signedIn, Role.ADMIN)) {
            return defaultId();
        }
        return projects.findAllById(mine).stream()
                .min(Comparator.comparing(Project::getName, String.CASE_INSENSITIVE_ORDER))
                .map(Project::getId)
                .orElse(ProjectAuthentication.NO_PROJECT);
    }

    /**
     * The signed-in person acting in another project, remembered for their next sign-in.
     *
     * @throws ProjectNotFoundException when there is none or they do not belong to it
     */
    @Transactional
    public ProjectAuthentication switchTo(Authentication signedIn, long projectId) {
        if (!readableBy(signedIn, projectId)) {
            throw new ProjectNotFoundException(projectId);
        }
        remember(signedIn.getName(), projectId);
        return in(signedIn, projectId);
    }

    /** The project with this name (any case), for the command line's {@code --credence.….project=NAME}. */
    @Transactional(readOnly = true)
    public Optional<Long> named(String name) {
        return projects.findAll().stream()
                .filter(p -> p.getName().equalsIgnoreCase(name.strip()))
                .map(Project::getId)
                .findFirst();
    }

    /** Where a person starts until they choose for themselves (the demo puts its team in its first project). */
    @Transactional
    public void rememberUnlessChosen(String username, long projectId) {
        if (!choices.existsById(username)) {
            remember(username, projectId);
        }
    }

    /** Remembers the person's choice for their next sign-in. */
    @Transactional
    public void remember(String username, long projectId) {
        choices.save(new ProjectChoice(username, projectId, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    }

    private Set<Role> roles(String username, long projectId) {
        return members.findByProjectIdAndUsername(projectId, username).stream()
                .map(ProjectMember::getRole)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
