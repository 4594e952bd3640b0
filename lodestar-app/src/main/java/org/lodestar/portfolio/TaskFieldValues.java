package org.lodestar.portfolio;

import java.util.Collection;
import java.util.List;

/**
 * The values tasks hold for custom fields that apply to tasks, as their keeper (planning) tells them: the registry
 * keeps a field in use and a choice in use, as it does for projects, without knowing where tasks are stored.
 */
public interface TaskFieldValues {

    /** How many tasks hold a value for the field. */
    long count(String key);

    /** The tasks (as {@code CODE: task name}) whose value for the field is one of these, first ones first. */
    List<String> tasksWithValues(String key, Collection<String> values);
}
