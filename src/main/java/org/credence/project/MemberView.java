package org.credence.project;

import java.util.Set;
import org.credence.security.Role;

/** A person's roles in one project. */
public record MemberView(String username, Set<Role> roles) {}
