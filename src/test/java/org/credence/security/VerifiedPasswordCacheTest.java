package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordCacheTest {

    /** Stands in for BCrypt: "hash:" + password, counting how often it is asked. */
    static final class CountingEncoder implements PasswordEncoder {
        int checks;

        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks++;
            return encoded.equals("hash:" + raw);
        }
    }

    final CountingEncoder slow = new CountingEncoder();
    final MovableClock clock = new MovableClock();
    final VerifiedPasswordCache cache = new VerifiedPasswordCache(slow, clock);

    @Test
    void a_password_that_matched_is_not_checked_again_for_five_minutes() {
        assertThat(cache.matches("demo", "hash:demo")).isTrue();
        assertThat(cache.matches("demo", "hash:demo")).isTrue();
        assertThat(slow.checks).isEqualTo(1);

        clock.now = clock.now.plus(VerifiedPasswordCache.REMEMBER_FOR);

        assertThat(cache.matches("demo", "hash:demo")).isTrue();
        assertThat(slow.checks).as("expired: checked the slow way again").isEqualTo(2);
    }

    @Test
    void wrong_passwords_always_pay_the_full_check() {
        assertThat(cache.matches("guess", "hash:demo")).isFalse();
        assertThat(cache.matches("guess", "hash:demo")).isFalse();

        assertThat(slow.checks).isEqualTo(2);
    }

    @Test
    void a_changed_password_stops_the_old_one_matching_at_once() {
        assertThat(cache.matches("old", "hash:old")).isTrue();

        assertThat(cache.matches("old", "hash:new"))
                .as("the stored hash is part of what is remembered")
                .isFalse();
        assertThat(slow.checks).isEqualTo(2);
    }

    @Test
    void encoding_is_the_slow_encoders() {
        assertThat(cache.encode("x")).isEqualTo("hash:x");
    }
}
