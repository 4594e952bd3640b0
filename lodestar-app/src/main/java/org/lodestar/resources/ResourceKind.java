package org.lodestar.resources;

/**
 * What a resource of the pool is: a person (who may sign in), a generic role ("Business analyst") standing for
 * people not yet named, a material (consumed by quantity) or a cost (a fixed amount, no hours).
 */
public enum ResourceKind {
    PERSON, ROLE, MATERIAL, COST;

    /** Whether the resource works hours, so has a capacity and absences: people and generic roles. */
    public boolean works() {
        return this == PERSON || this == ROLE;
    }
}
