package org.credence.security;

import java.util.Set;

/**
 * An account was created or its roles (or active state) changed, inside the transaction that did it.
 * Projects listen: until every feature is scoped to projects, the Default project's members mirror the
 * accounts' roles.
 */
public record AccountRolesChanged(String username, Set<Role> roles, boolean active) {}
