package org.lodestar.platform;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One page of a longer list: {@code page} counts from 0, {@code total} is the size of the whole list. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public PageResult {
        items = List.copyOf(items);
    }

    @JsonProperty("totalPages")
    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
