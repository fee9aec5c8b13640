package org.credence.project.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.credence.project.GuidelinesView;
import org.credence.project.MemberView;
import org.credence.project.ProjectService;
import org.credence.project.ProjectSettings;
import org.credence.project.ProjectView;
import org.credence.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Projects, their members and guidelines. A project the caller is not a member of answers 404. */
@RestController
@RequestMapping("/api/projects")
class ProjectController {

    private final ProjectService projects;

    ProjectController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping
    List<ProjectView> mine() {
        return projects.mine();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProjectView create(@Valid @RequestBody NewProject request) {
        return projects.create(request.name(), request.description(), request.settings());
    }

    @GetMapping("/{id}")
    ProjectView get(@PathVariable long id) {
        return projects.get(id);
    }

    @PutMapping("/{id}")
    ProjectView update(@PathVariable long id, @Valid @RequestBody ChangedProject request) {
        return projects.update(
                id,
                request.version(),
                request.name(),
                request.description(),
                request.settings() == null ? projects.get(id).settings() : request.settings());
    }

    @GetMapping("/{id}/members")
    List<MemberView> members(@PathVariable long id) {
        return projects.members(id);
    }

    /** Adds a member with their roles: {@code {"username":"reviewer2","roles":["REVIEWER"]}}. */
    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    MemberView add(@PathVariable long id, @Valid @RequestBody NewMember request) {
        return projects.setMember(id, request.username(), request.roles());
    }

    /** Sets a member's roles there: {@code {"roles":["EDITOR"]}}. */
    @PutMapping("/{id}/members/{username}")
    MemberView set(@PathVariable long id, @PathVariable String username, @Valid @RequestBody MemberRoles request) {
        return projects.setMember(id, username, request.roles());
    }

    @DeleteMapping("/{id}/members/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long id, @PathVariable String username) {
        projects.removeMember(id, username);
    }

    @GetMapping("/{id}/guidelines")
    GuidelinesView guidelines(@PathVariable long id) {
        return projects.guidelines(id);
    }

    @GetMapping("/{id}/guidelines/history")
    List<GuidelinesView> guidelinesHistory(@PathVariable long id) {
        return projects.guidelinesHistory(id);
    }

    /** A new revision: {@code {"basedOn": 3, "body": "# Labels\n…"}} (basedOn 0 when there were none). */
    @PutMapping("/{id}/guidelines")
    GuidelinesView writeGuidelines(@PathVariable long id, @Valid @RequestBody NewGuidelines request) {
        return projects.writeGuidelines(id, request.basedOn(), request.body());
    }

    record NewProject(@NotNull String name, String description, ProjectSettings settings) {}

    record ChangedProject(@NotNull Long version, @NotNull String name, String description, ProjectSettings settings) {}

    record NewMember(@NotNull String username, @NotNull Set<Role> roles) {}

    record MemberRoles(@NotNull Set<Role> roles) {}

    record NewGuidelines(@NotNull Integer basedOn, String body) {}
}
