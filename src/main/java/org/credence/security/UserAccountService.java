package org.credence.security;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: sign-in look-up for Spring Security, and their management by admins. */
@Service
public class UserAccountService implements UserDetailsService {

    static final int MIN_PASSWORD = 4;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    UserAccountService(
            UserAccountRepository accounts,
            PasswordEncoder passwords,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account =
                accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isActive())
                .authorities(account.getRoles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }

    @Access.Admins
    @Transactional
    public UserSummary create(String username, String displayName, String password, Set<Role> roles) {
        return createAccount(username, displayName, password, roles);
    }

    @Access.Admins
    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        return accounts.findAllByOrderByUsername().stream().map(UserSummary::of).toList();
    }

    /** Active accounts' names, for editors choosing among a project's members. */
    @Access.EditorsAndAdmins
    @Transactional(readOnly = true)
    public java.util.Set<String> activeUsernames() {
        return accounts.findAllByOrderByUsername().stream()
                .filter(UserAccount::isActive)
                .map(UserAccount::getUsername)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Checks that {@code username} is an active account, for anything that names a person.
     *
     * @throws IllegalArgumentException naming what is wrong, when it is not
     */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public void requireActive(String username) {
        UserAccount account = accounts.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> new IllegalArgumentException("There is no account '" + username + "'."));
        if (!account.isActive()) {
            throw new IllegalArgumentException("The account '" + username + "' is deactivated.");
        }
    }

    /**
     * Checks that {@code username} is an active account holding {@code role}, for anything that names a
     * person: an assignment, a restored statement's author.
     *
     * @throws IllegalArgumentException naming what is wrong, when it is not
     */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public void requireActive(String username, Role role) {
        requireActive(username);
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        if (!account.getRoles().contains(role)) {
            throw new IllegalArgumentException(
                    "'" + username + "' is not a " + role.title().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    /** @throws IllegalArgumentException when it would leave no active admin */
    @Access.Admins
    @Transactional
    public UserSummary update(long id, long expectedVersion, String displayName, Set<Role> roles, boolean active) {
        UserAccount account = accounts.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("Account " + id + " does not exist."));
        if (account.getVersion() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "The account " + account.getUsername() + " was changed by someone else; reload it.");
        }
        boolean removesAdmin = account.getRoles().contains(Role.ADMIN) && (!roles.contains(Role.ADMIN) || !active);
        if (removesAdmin && activeAdmins() <= 1) {
            throw new IllegalArgumentException("This is the last active administrator; make another one first.");
        }
        account.setDisplayName(requireText(displayName, "A display name"));
        account.setRoles(roles);
        account.setActive(active);
        accounts.flush();
        events.publishEvent(new AccountRolesChanged(account.getUsername(), Set.copyOf(roles), active));
        return UserSummary.of(account);
    }

    @Access.Admins
    @Transactional
    public void resetPassword(long id, String password) {
        UserAccount account = accounts.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("Account " + id + " does not exist."));
        account.setPasswordHash(passwords.encode(checkedPassword(password)));
    }

    /**
     * Creates an account without an acting admin: for the first administrator (environment or
     * command line) and the demo accounts, at start-up only.
     */
    @Transactional
    UserSummary createAccount(String username, String displayName, String password, Set<Role> roles) {
        String name = checkedUsername(username);
        if (accounts.findByUsername(name).isPresent()) {
            throw new IllegalArgumentException("The username '" + name + "' is taken.");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role.");
        }
        UserAccount account = new UserAccount(
                name,
                requireText(displayName, "A display name"),
                passwords.encode(checkedPassword(password)),
                roles,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try {
            UserSummary saved = UserSummary.of(accounts.saveAndFlush(account));
            events.publishEvent(new AccountRolesChanged(name, Set.copyOf(roles), true));
            return saved;
        } catch (DataIntegrityViolationException raced) {
            throw new IllegalArgumentException("The username '" + name + "' is taken.");
        }
    }

    @Transactional(readOnly = true)
    boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    @Transactional(readOnly = true)
    boolean anyAdmin() {
        return accounts.existsByRolesContaining(Role.ADMIN);
    }

    private long activeAdmins() {
        return accounts.findAll().stream()
                .filter(a -> a.isActive() && a.getRoles().contains(Role.ADMIN))
                .count();
    }

    private static String checkedUsername(String username) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A username is 2–100 lower-case letters, digits, dots, dashes or"
                    + " underscores, starting with a letter or digit.");
        }
        return name;
    }

    private static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("A password has at least " + MIN_PASSWORD + " characters.");
        }
        return password;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required.");
        }
        return value.strip();
    }
}
