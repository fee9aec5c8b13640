package org.credence.project;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.base.domain.FreeText;
import org.credence.base.domain.NotPermittedException;
import org.credence.security.Access;
import org.credence.security.CurrentUser;
import org.credence.security.Role;
import org.credence.security.UserAccountService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects, their members and guidelines. Administrators are global: they create projects and see and
 * manage every one. A project's editors manage its members, settings and guidelines. Anyone else who
 * is not a member is told a project does not exist ({@link ProjectNotFoundException}), as for a
 * missing one, so names and ids cannot be probed.
 */
@Service
public class ProjectService {

    public static final String DEFAULT_PROJECT = "Default";
    /** The roles a project gives; administration is global. */
    public static final Set<Role> PROJECT_ROLES = EnumSet.of(Role.REVIEWER, Role.EDITOR, Role.RESEARCHER);

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 5_000;
    static final int MAX_GUIDELINES = 200_000;

    private final ProjectRepository projects;
    private final ProjectMemberRepository members;
    private final ProjectGuidelinesRepository guidelines;
    private final CurrentUser currentUser;
    private final UserAccountService accounts;
    private final Clock clock;
    private final ActingProject acting;

    ProjectService(
            ProjectRepository projects,
            ProjectMemberRepository members,
            ProjectGuidelinesRepository guidelines,
            CurrentUser currentUser,
            UserAccountService accounts,
            Clock clock,
            ActingProject acting) {
        this.acting = acting;
        this.projects = projects;
        this.members = members;
        this.guidelines = guidelines;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The projects the reader belongs to (every project, for an administrator), by name. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<ProjectView> mine() {
        Map<Long, Set<Role>> myRoles = rolesByProject(currentUser.name());
        List<Project> visible =
                currentUser.has(Role.ADMIN) ? projects.findAll() : projects.findAllById(myRoles.keySet());
        return visible.stream()
                .sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName()))
                .map(p -> view(p, myRoles.getOrDefault(p.getId(), Set.of())))
                .toList();
    }

    /** @throws ProjectNotFoundException when there is none, or the reader is not a member */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public ProjectView get(long id) {
        return view(readable(id), myRoles(id));
    }

    /**
     * Creates a project; its creator is not made a member (administrators see every project), so add
     * its editors next.
     *
     * @throws IllegalArgumentException for a missing, overlong or taken name
     */
    @Access.Admins
    @Transactional
    public ProjectView create(String name, String description, ProjectSettings settings) {
        String clean = checkedName(name);
        if (projects.existsByNameIgnoreCase(clean)) {
            throw new IllegalArgumentException("There is already a project named '" + clean + "'.");
        }
        try {
            Project saved = projects.saveAndFlush(new Project(
                    clean,
                    FreeText.check("A description", description, MAX_DESCRIPTION),
                    settings == null ? ProjectSettings.DEFAULT : settings,
                    currentUser.name(),
                    now()));
            return view(saved, Set.of());
        } catch (DataIntegrityViolationException raced) {
            throw new IllegalArgumentException("There is already a project named '" + clean + "'.");
        }
    }

    /** The id of the project with this name (any case), made with default settings if there is none. */
    @Access.Admins
    @Transactional
    public long findOrCreate(String name, String description) {
        return acting.named(name)
                .orElseGet(
                        () -> create(name, description, ProjectSettings.DEFAULT).id());
    }

    /**
     * Changes the name, description and settings, refused when someone changed them since
     * {@code expectedVersion} was read.
     */
    @Access.SignedIn
    @Transactional
    public ProjectView update(
            long id, long expectedVersion, String name, String description, ProjectSettings settings) {
        Project project = managed(id);
        if (project.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException(
                    "This project was changed by someone else since you opened it; nothing was overwritten.");
        }
        String clean = checkedName(name);
        if (project.getName().equals(DEFAULT_PROJECT) && !clean.equals(DEFAULT_PROJECT)) {
            throw new IllegalArgumentException("The Default project keeps its name: imports find it by it.");
        }
        if (!clean.equalsIgnoreCase(project.getName()) && projects.existsByNameIgnoreCase(clean)) {
            throw new IllegalArgumentException("There is already a project named '" + clean + "'.");
        }
        project.describe(clean, FreeText.check("A description", description, MAX_DESCRIPTION));
        project.apply(settings);
        projects.flush();
        return view(project, myRoles(id));
    }

    /** Members with their roles in the project, by name. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<MemberView> members(long id) {
        readable(id);
        Map<String, Set<Role>> byUser = new LinkedHashMap<>();
        for (ProjectMember m : members.findByProjectIdOrderByUsernameAscRoleAsc(id)) {
            byUser.computeIfAbsent(m.getUsername(), u -> EnumSet.noneOf(Role.class))
                    .add(m.getRole());
        }
        return byUser.entrySet().stream()
                .map(e -> new MemberView(e.getKey(), Set.copyOf(e.getValue())))
                .toList();
    }

    /**
     * Gives a person exactly these roles in the project (replacing the ones they had there).
     *
     * @throws IllegalArgumentException for no roles, a global role, or an account that is not active
     */
    @Access.SignedIn
    @Transactional
    public MemberView setMember(long id, String username, Set<Role> roles) {
        managed(id);
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException(
                    "Give at least one role (reviewer, editor, researcher), or remove the member.");
        }
        if (!PROJECT_ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("A project's roles are reviewer, editor and researcher;"
                    + " administrators are administrators everywhere.");
        }
        accounts.requireActive(username);
        replaceRoles(id, username, roles, currentUser.name());
        return new MemberView(username, Set.copyOf(roles));
    }

    /** Takes a person out of the project (their statements and decisions stay, with their name). */
    @Access.SignedIn
    @Transactional
    public void removeMember(long id, String username) {
        managed(id);
        List<ProjectMember> had = members.findByProjectIdAndUsername(id, username);
        if (had.isEmpty()) {
            throw new IllegalArgumentException("'" + username + "' is not a member of this project.");
        }
        members.deleteAll(had);
        members.flush();
    }

    /** The guidelines in force (revision 0 and no text when none were written). */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public GuidelinesView guidelines(long id) {
        readable(id);
        return guidelines
                .findFirstByProjectIdOrderByRevisionDesc(id)
                .map(ProjectGuidelines::view)
                .orElse(GuidelinesView.none(id));
    }

    /** Every revision of the guidelines, newest first: who changed what when. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<GuidelinesView> guidelinesHistory(long id) {
        readable(id);
        return guidelines.findByProjectIdOrderByRevisionDesc(id).stream()
                .map(ProjectGuidelines::view)
                .toList();
    }

    /**
     * Writes a new revision of the guidelines.
     *
     * @param basedOn the revision the writer read (0: none yet); refused if another was written since
     */
    @Access.SignedIn
    @Transactional
    public GuidelinesView writeGuidelines(long id, int basedOn, String markdown) {
        managed(id);
        int current = guidelines(id).revision();
        if (basedOn != current) {
            throw new OptimisticLockingFailureException("The guidelines were changed since you opened them"
                    + " (revision " + current + ", you read " + basedOn + "); nothing was overwritten.");
        }
        String body = FreeText.check("The guidelines", markdown, MAX_GUIDELINES);
        try {
            return guidelines
                    .saveAndFlush(
                            new ProjectGuidelines(id, current + 1, body == null ? "" : body, currentUser.name(), now()))
                    .view();
        } catch (DataIntegrityViolationException raced) {
            throw new OptimisticLockingFailureException(
                    "Someone else saved the guidelines at the same moment; nothing was overwritten.", raced);
        }
    }

    /**
     * Until every feature is scoped to projects, everyone works in Default with their account's roles:
     * a new account joins it, a change of roles or a deactivation follows (V14 did the same for the
     * accounts that existed).
     */
    @org.springframework.context.event.EventListener
    void mirrorAccountInDefault(org.credence.security.AccountRolesChanged changed) {
        long defaultId = defaultProjectId();
        Set<Role> wanted = EnumSet.noneOf(Role.class);
        if (changed.active()) {
            changed.roles().stream().filter(PROJECT_ROLES::contains).forEach(wanted::add);
        }
        replaceRoles(defaultId, changed.username(), wanted, "system");
    }

    /** Gives the person exactly these roles in the project (none: no longer a member). */
    private void replaceRoles(long projectId, String username, Set<Role> roles, String by) {
        List<ProjectMember> had = members.findByProjectIdAndUsername(projectId, username);
        Set<Role> kept = had.stream().map(ProjectMember::getRole).collect(Collectors.toSet());
        had.stream().filter(m -> !roles.contains(m.getRole())).forEach(members::delete);
        Instant now = now();
        roles.stream()
                .filter(r -> !kept.contains(r))
                .forEach(r -> members.save(new ProjectMember(projectId, username, r, by, now)));
        members.flush();
    }

    /** The project the caller acts in, as its members see it. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public ProjectView acting() {
        return get(acting.id());
    }

    /**
     * Checks that a person named in the acting project (an assignment, a restored statement's author) is an
     * active account holding the role there.
     *
     * @throws IllegalArgumentException naming what is wrong, when they are not
     */
    @Transactional(readOnly = true)
    public void requireActingMember(String username, Role role) {
        accounts.requireActive(username);
        long here = acting.id();
        if (members.findByProjectIdAndUsername(here, username).stream().noneMatch(m -> m.getRole() == role)) {
            throw new IllegalArgumentException("'" + username + "' is not a "
                    + role.title().toLowerCase(java.util.Locale.ROOT) + " in this project.");
        }
    }

    /** Active people holding {@code role} in the acting project, by name: whom an editor can assign. */
    @Access.EditorsAndAdmins
    @Transactional(readOnly = true)
    public List<String> actingMembersWith(Role role) {
        Set<String> active = accounts.activeUsernames();
        return members.findByProjectIdOrderByUsernameAscRoleAsc(acting.id()).stream()
                .filter(m -> m.getRole() == role && active.contains(m.getUsername()))
                .map(ProjectMember::getUsername)
                .distinct()
                .toList();
    }

    /** The settings of the project the caller acts in (Default's for start-up tasks). */
    @Transactional(readOnly = true)
    public ProjectSettings actingSettings() {
        return projects.findById(acting.id())
                .map(Project::settings)
                .orElse(ProjectSettings.DEFAULT); // acting in no project: nothing is shown anyway
    }

    /** Turns blind mode on or off in the project the caller acts in (its editors, or an administrator). */
    @Access.EditorsAndAdmins
    @Transactional
    public void setActingBlindMode(boolean on) {
        Project project = managed(acting.id());
        ProjectSettings now = project.settings();
        project.apply(new ProjectSettings(
                on, now.reviewersPerDocument(), now.reviewersMayImport(), now.cueLexiconExtension()));
        projects.flush();
    }

    /** The project everything before projects belongs to (and unscoped, deprecated API paths act in). */
    public long defaultProjectId() {
        return acting.defaultId();
    }

    /** Whether the signed-in user may read the project: a member, or an administrator. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public boolean isReadable(long id) {
        return projects.existsById(id)
                && (currentUser.has(Role.ADMIN) || !myRoles(id).isEmpty());
    }

    private Project readable(long id) {
        if (!isReadable(id)) {
            throw new ProjectNotFoundException(id);
        }
        return projects.findById(id).orElseThrow(() -> new ProjectNotFoundException(id));
    }

    /** A project the reader may manage: administrators and the project's editors; other members get 403. */
    private Project managed(long id) {
        Project project = readable(id);
        if (!currentUser.has(Role.ADMIN) && !myRoles(id).contains(Role.EDITOR)) {
            throw new NotPermittedException("Only the project's editors and administrators manage a project.");
        }
        return project;
    }

    private Set<Role> myRoles(long id) {
        return members.findByProjectIdAndUsername(id, currentUser.name()).stream()
                .map(ProjectMember::getRole)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private Map<Long, Set<Role>> rolesByProject(String username) {
        Map<Long, Set<Role>> roles = new java.util.HashMap<>();
        for (ProjectMember m : members.findByUsername(username)) {
            roles.computeIfAbsent(m.getProjectId(), p -> EnumSet.noneOf(Role.class))
                    .add(m.getRole());
        }
        return roles;
    }

    private static String checkedName(String name) {
        String clean = FreeText.check("A project's name", name, MAX_NAME);
        if (clean == null || clean.isBlank()) {
            throw new IllegalArgumentException("A project needs a name.");
        }
        return clean.strip();
    }

    private static ProjectView view(Project p, Set<Role> myRoles) {
        return new ProjectView(
                p.getId(),
                p.getVersion(),
                p.getName(),
                p.getDescription(),
                p.settings(),
                p.getCreatedBy(),
                p.getCreatedAt(),
                Set.copyOf(myRoles));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
