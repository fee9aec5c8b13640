package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.credence.MovableClock;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic: free tries, a doubling wait, per address too, and forgetting. */
class SignInThrottleTest {

    final MovableClock clock = new MovableClock();
    final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void a_person_who_mistypes_a_few_times_never_waits() {
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES - 1; i++) {
            throttle.failed("ana", "10.0.0.1");
            assertThat(throttle.waitBefore("ana", "10.0.0.1")).isZero();
        }
        throttle.succeeded("ana");
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.waitBefore("ana", "10.0.0.1"))
                .as("a success starts the count again")
                .isZero();
    }

    @Test
    void past_the_free_tries_each_failure_doubles_the_wait_up_to_fifteen_minutes_even_from_other_addresses() {
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
            throttle.failed("Ana", "10.0.0." + i);
        }
        assertThat(throttle.waitBefore("ana", "10.9.9.9")).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.waitBefore("ANA ", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.waitBefore("ana", "10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
        clock.now = clock.now.plusSeconds(3);
        assertThat(throttle.waitBefore("ana", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        for (int i = 0; i < 40; i++) {
            throttle.failed("ana", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("ana", "10.0.0.1")).isEqualTo(SignInThrottle.LONGEST_WAIT);
        assertThat(throttle.waitBefore("bea", "10.0.0.2"))
                .as("another account elsewhere is not held up")
                .isZero();

        clock.now = clock.now.plus(SignInThrottle.FORGET_AFTER).plusSeconds(1);
        assertThat(throttle.waitBefore("ana", "10.0.0.1"))
                .as("forgotten after half an hour of quiet")
                .isZero();
    }

    @Test
    void past_the_free_tries_an_admitted_attempt_takes_its_slot_so_parallel_guesses_wait() {
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
            throttle.failed("ana", "10.0.0.1");
        }
        clock.now = clock.now.plusSeconds(1);

        assertThat(throttle.admit("ana", "10.0.0.9")).as("the wait is over").isZero();
        assertThat(throttle.admit("ana", "10.0.0.8"))
                .as("a second guess sent at the same moment")
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.admit("bea", "10.0.0.8"))
                .as("under the free tries nothing is reserved")
                .isZero();
        assertThat(throttle.admit("bea", "10.0.0.8")).isZero();
    }

    @Test
    void one_address_guessing_many_names_is_slowed_down_too() {
        for (int i = 0; i < SignInThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("name" + i, "10.6.6.6");
        }
        assertThat(throttle.waitBefore("anyone", "10.6.6.6")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("anyone", "10.0.0.7")).isZero();
    }

    @Test
    void names_cannot_forge_log_lines() {
        assertThat(SignInThrottle.printable("ana\nINFO forged")).isEqualTo("ana?INFO forged");
    }
}
