package org.duban.web.archive;

import org.duban.archive.ArchiveSearch;
import org.duban.archive.Dossier;
import org.duban.archive.DossierFilter;
import org.duban.archive.DossierSort;
import org.duban.web.paging.PagedRows;

import java.util.List;

/** The archive search's results, one page at a time from the database. */
public class FoundDossiers extends PagedRows<Dossier> {

    private static final long serialVersionUID = 1L;

    private final ArchiveSearch search;
    private DossierFilter filter = DossierFilter.none();

    public FoundDossiers(ArchiveSearch search) {
        this.search = search;
    }

    public void setFilter(DossierFilter filter) {
        this.filter = filter;
    }

    @Override
    protected long countAll() {
        return search.count(filter);
    }

    @Override
    protected List<Dossier> fetch(int first, int pageSize, String sortField, boolean ascending) {
        DossierSort sort = sortField == null ? DossierSort.NUMBER : switch (sortField) {
            case "title" -> DossierSort.TITLE;
            case "date" -> DossierSort.DATE;
            default -> DossierSort.NUMBER;
        };
        return search.find(filter, sort, ascending, first, pageSize);
    }

    @Override
    protected Object idOf(Dossier dossier) {
        return dossier.getId();
    }
}
