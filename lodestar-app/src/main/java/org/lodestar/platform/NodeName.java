package org.lodestar.platform;

import java.net.InetAddress;
import java.util.UUID;

/** This running application's name among the nodes sharing a database: who holds a job or a solve. */
public final class NodeName {

    private NodeName() {
    }

    /**
     * The host, the process and a random part (it tells two application contexts of one process apart), cut from
     * the left to at most {@code maxLength} characters so that the distinguishing end stays.
     */
    public static String create(int maxLength) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException unknown) {
            host = "unknown";
        }
        String name = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= maxLength ? name : name.substring(name.length() - maxLength);
    }
}
