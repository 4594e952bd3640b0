package org.lodestar.platform;

import java.util.Map;

/**
 * Implemented by controllers whose writes must refuse, before their body or parameters are even read, whoever may
 * not take the act at all: they get 403 whatever they sent, never a 400 that tells them the rules of a resource
 * they cannot change. The controller names the act of each handler and asks its module's rights policy, which
 * refuses; the service checks the same right again when it runs (the web, the API and start-up code obey it alike).
 */
public interface AuthorisedFirst {

    /**
     * Refuses (403, through a rights policy) whoever may not take the act of the handler at all. Called for every
     * request that is not a GET, HEAD or OPTIONS, before argument binding; a handler without a check does nothing.
     *
     * @param handler the name of the handler method, e.g. {@code change}
     * @param pathVariables the request's path variables by name, as sent (not yet converted)
     */
    void authorise(String handler, Map<String, String> pathVariables);

    /** A path variable as an id, or null when it is not one (the handler's own binding then answers 400). */
    static Long id(Map<String, String> pathVariables, String name) {
        String value = pathVariables.get(name);
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }
}
