package org.credence.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down, per account and per client address, without a real user noticing:
 * the first {@value #FREE_ACCOUNT_FAILURES} wrong passwords for an account (and
 * {@value #FREE_ADDRESS_FAILURES} from one address, which a newsroom's users may share) cost nothing;
 * each one after that doubles the wait before the next attempt, from 1 s up to 15 minutes. While an
 * account waits even the right password is refused, or guessing would simply go on. A success clears
 * the account's count. Counts are forgotten after half an hour of quiet and live in this node's memory
 * (several nodes: each counts its own; docs/security.md).
 *
 * <p>Failed sign-ins are logged with the name and address, never the password.
 */
@Component
public class SignInThrottle {

    static final int FREE_ACCOUNT_FAILURES = 5;
    static final int FREE_ADDRESS_FAILURES = 30;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofMinutes(30);
    /** Beyond this many remembered names or addresses, the quiet ones are dropped, so guessing random names costs no memory. */
    static final int MAX_REMEMBERED = 100_000;

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Lets an attempt through, or says how long to wait. Past the free tries an admitted attempt takes
     * its slot at once, so guesses sent in parallel cannot all slip in before the first one fails.
     */
    public Duration admit(String username, String address) {
        Instant now = clock.instant();
        Duration account = reserve(byAccount, key(username), FREE_ACCOUNT_FAILURES, now);
        return account.isZero() ? reserve(byAddress, address, FREE_ADDRESS_FAILURES, now) : account;
    }

    private static Duration reserve(Map<String, Failures> counts, String key, int free, Instant now) {
        Duration[] wait = {Duration.ZERO};
        counts.computeIfPresent(key, (k, failures) -> {
            wait[0] = wait(failures, free, now);
            boolean throttled = failures.count() >= free
                    && !failures.last().plus(FORGET_AFTER).isBefore(now);
            return wait[0].isZero() && throttled ? new Failures(failures.count(), now) : failures;
        });
        return wait[0];
    }

    /** How long the account or the address must wait before trying again; zero when it may try now. */
    public Duration waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration account = wait(byAccount.get(key(username)), FREE_ACCOUNT_FAILURES, now);
        Duration client = wait(byAddress.get(address), FREE_ADDRESS_FAILURES, now);
        return account.compareTo(client) >= 0 ? account : client;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        Failures account = count(byAccount, key(username), now);
        count(byAddress, address, now);
        log.warn("Failed sign-in for '{}' from {} ({} in a row)", printable(username), address, account.count());
    }

    void succeeded(String username) {
        byAccount.remove(key(username));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        failed(
                event.getAuthentication().getName(),
                addressOf(event.getAuthentication().getDetails()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private Failures count(Map<String, Failures> counts, String key, Instant now) {
        if (counts.size() > MAX_REMEMBERED) {
            // Guessing many names must not cost memory: drop the quiet, then the harmless, then all.
            counts.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
            if (counts.size() > MAX_REMEMBERED) {
                counts.values().removeIf(f -> f.count() < FREE_ACCOUNT_FAILURES);
            }
            if (counts.size() > MAX_REMEMBERED) {
                counts.clear();
            }
        }
        return counts.compute(
                key,
                (k, before) ->
                        before == null || before.last().plus(FORGET_AFTER).isBefore(now)
                                ? new Failures(1, now)
                                : new Failures(before.count() + 1, now));
    }

    private static Duration wait(Failures failures, int free, Instant now) {
        if (failures == null
                || failures.count() < free
                || failures.last().plus(FORGET_AFTER).isBefore(now)) {
            return Duration.ZERO;
        }
        int over = Math.min(failures.count() - free, 20);
        Duration delay = Duration.ofSeconds(1L << over);
        if (delay.compareTo(LONGEST_WAIT) > 0) {
            delay = LONGEST_WAIT;
        }
        Duration left = Duration.between(now, failures.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Account names are at most 100 characters: longer attempts count under their first 200. */
    private static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() <= 200 ? name : name.substring(0, 200);
    }

    private static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }

    /** A name as typed can hold line breaks that would forge log lines. */
    static String printable(String name) {
        String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 100 ? clean : clean.substring(0, 100) + "…";
    }
}
