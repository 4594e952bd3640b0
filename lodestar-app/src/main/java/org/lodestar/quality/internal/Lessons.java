package org.lodestar.quality.internal;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface Lessons extends ListCrudRepository<Lesson, Long> {

    List<Lesson> findByProjectOrderByIdDesc(long project);

    /**
     * Lessons whose category is {@code category} in lower case (any, when empty) and whose text contains {@code pattern} (a
     * lower-case LIKE pattern, {@code %} for any), newest first, at most 200.
     */
    @Query("""
            select * from lesson
            where (:category = '' or lower(category) = :category)
              and (lower(what_happened) like :pattern escape '\\' or lower(recommendation) like :pattern escape '\\'
                   or lower(category) like :pattern escape '\\' or lower(coalesce(phase, '')) like :pattern escape '\\')
            order by id desc
            fetch first 200 rows only""")
    List<Lesson> search(@Param("category") String category, @Param("pattern") String pattern);
}
