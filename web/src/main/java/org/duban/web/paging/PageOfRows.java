package org.duban.web.paging;

import jakarta.faces.context.FacesContext;

/**
 * Where a list addressed by a request parameter stands: page {@code index} (from 0) of {@code size} rows out of
 * {@code total}. Its pages are plain links (GET), so a list needs no form and no state kept between requests.
 */
public record PageOfRows(int index, int size, long total) {

    /** The page the request's parameter asks for: a number from 0; anything else is the first page. */
    public static int requested(String parameter) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(parameter);
        return value != null && value.matches("\\d{1,6}") ? Integer.parseInt(value) : 0;
    }

    public int first() {
        return index * size;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return index > 0;
    }

    public boolean hasNext() {
        return first() + size < total;
    }
}
