package org.credence.security;

import org.springframework.stereotype.Component;

/**
 * Until accounts exist every action is taken by one demo reviewer; replaced by the
 * authenticated principal when Spring Security arrives.
 */
@Component
class DemoCurrentUser implements CurrentUser {

    static final String DEMO_USER = "demo";

    @Override
    public String name() {
        return DEMO_USER;
    }
}
