package org.credence.review;

import jakarta.persistence.EntityManager;
import org.credence.security.Access;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corpus-wide review settings. Blind mode (on by default) hides other reviewers' labels from a
 * reviewer until they have marked the document done, so labels stay independent.
 */
@Service
public class ReviewSettings {

    static final String BLIND_MODE = "blind-mode";

    private final EntityManager entityManager;

    ReviewSettings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public boolean blindMode() {
        Object value = entityManager
                .createNativeQuery("select setting_value from review_setting where setting_name = ?1")
                .setParameter(1, BLIND_MODE)
                .getResultStream()
                .findFirst()
                .orElse("true");
        return Boolean.parseBoolean(value.toString());
    }

    @Access.EditorsAndAdmins
    @Transactional
    public void setBlindMode(boolean on) {
        int updated = entityManager
                .createNativeQuery("update review_setting set setting_value = ?1 where setting_name = ?2")
                .setParameter(1, String.valueOf(on))
                .setParameter(2, BLIND_MODE)
                .executeUpdate();
        if (updated == 0) {
            entityManager
                    .createNativeQuery("insert into review_setting (setting_name, setting_value) values (?1, ?2)")
                    .setParameter(1, BLIND_MODE)
                    .setParameter(2, String.valueOf(on))
                    .executeUpdate();
        }
    }
}
