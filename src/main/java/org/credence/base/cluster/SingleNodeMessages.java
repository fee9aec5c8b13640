package org.credence.base.cluster;

import java.util.function.Consumer;

/** One node (the embedded H2 database cannot be shared): nobody else to tell. */
class SingleNodeMessages implements ClusterMessages {

    @Override
    public void publish(String message) {
        // no other node
    }

    @Override
    public void subscribe(Consumer<String> listener) {
        // no other node will ever send
    }
}
