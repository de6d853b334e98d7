package org.duban.archive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.duban.organization.Role;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Retrieval for archivists: combined conditions, sorted and paged in the database. */
@Stateless
@RolesAllowed(Role.Names.ARCHIVIST)
public class ArchiveSearch {

    @PersistenceContext
    private EntityManager em;

    public List<Dossier> find(DossierFilter filter, DossierSort sort, boolean ascending, int first, int pageSize) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        String order = (sort == null ? DossierSort.NUMBER : sort).path() + (ascending ? " asc" : " desc");
        TypedQuery<Dossier> query = em.createQuery("select d from Dossier d" + where + " order by " + order
                + ", d.id", Dossier.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(DossierFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(d) from Dossier d" + where(filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(DossierFilter f, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where d.id is not null"); // no constant comparison: it stops EclipseLink binding parameters
        if (present(f.number())) {
            where.append(" and d.archivalNumber like :number");
            parameters.put("number", ArchivalNumber.searchable(f.number()).replace("%", "") + "%");
        }
        if (present(f.title())) {
            where.append(" and d.title like :title");
            parameters.put("title", "%" + f.title().strip().replace("%", "") + "%");
        }
        if (present(f.keyword())) {
            where.append(" and d.searchText like :keyword");
            parameters.put("keyword", "%" + f.keyword().strip().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        if (f.year() != null) {
            where.append(" and d.number.year = :year");
            parameters.put("year", f.year());
        }
        if (f.unitId() != null) {
            where.append(" and d.unit.id = :unit");
            parameters.put("unit", f.unitId());
        }
        if (f.category() != null) {
            where.append(" and d.category = :category");
            parameters.put("category", f.category());
        }
        if (f.retention() != null) {
            where.append(" and d.number.retention = :retention");
            parameters.put("retention", f.retention());
        }
        if (f.from() != null) {
            where.append(" and d.date >= :from");
            parameters.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and d.date <= :to");
            parameters.put("to", f.to());
        }
        return where.toString();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
