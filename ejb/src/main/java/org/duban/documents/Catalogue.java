package org.duban.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.archive.ArchiveSettingsService;
import org.duban.archive.Dossier;
import org.duban.archive.Retention;
import org.duban.job.JobKind;
import org.duban.job.Jobs;
import org.duban.organization.Role;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 归档文件目录 of a year and retention: 序号, 档号, 文号, 责任者, 题名, 日期 (YYYYMMDD), 密级, 页数, 备注 — as PDF on A4
 * landscape and as Excel, made as a background job (a year may hold thousands of dossiers) whose file is fetched
 * when done. Cells that a spreadsheet would run as a formula are neutralised.
 */
@Stateless
@RolesAllowed(Role.Names.ARCHIVIST)
public class Catalogue {

    private static final Logger LOG = Logger.getLogger(Catalogue.class.getName());
    private static final int PAGE = 500;
    private static final String[] COLUMNS = {"seq", "archivalNumber", "documentNumber", "responsible", "title", "date",
            "secrecy", "pages", "remarks"};

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ArchiveSettingsService settings;

    @EJB
    private Jobs jobs;

    @EJB
    private Catalogue self;

    /** The formats a catalogue is made in. */
    public enum Format {
        PDF(Tables.PDF), XLSX(Tables.XLSX);

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    /** Starts making the catalogue in the background; the job tells how far it is and holds the file when done. */
    public long start(int year, Retention retention, Format format, Locale locale) {
        long total = em.createQuery("select count(d) from Dossier d where d.number.year = :year"
                        + " and d.number.retention = :retention", Long.class)
                .setParameter("year", year).setParameter("retention", retention).getSingleResult();
        long jobId = jobs.start(JobKind.CATALOGUE, (int) total);
        self.make(jobId, year, retention, format, locale);
        return jobId;
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void make(long jobId, int year, Retention retention, Format format, Locale locale) {
        try {
            ResourceBundle texts = ResourceBundle.getBundle(Documents.BUNDLE, locale);
            List<List<String>> rows = rows(jobId, year, retention, texts);
            byte[] bytes = format == Format.PDF ? pdf(year, retention, texts, rows) : xlsx(year, retention, texts, rows);
            jobs.finish(jobId, "catalogue-" + year + "-" + retention + "." + format.name().toLowerCase(Locale.ROOT),
                    format.mediaType, bytes);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The catalogue could not be made", e);
            jobs.fail(jobId);
        }
    }

    private byte[] pdf(int year, Retention retention, ResourceBundle texts, List<List<String>> rows) {
        String subtitle = texts.getString("doc.field.year") + " " + year + "  " + texts.getString("doc.field.retention")
                + " " + texts.getString("Retention." + retention);
        return Tables.pdf(settings.current().getCollegeName(), texts.getString("doc.CATALOGUE.title"), subtitle,
                new float[]{0.9f, 6.2f, 3.2f, 2.6f, 7, 2.4f, 1.4f, 1.2f, 1.6f}, header(texts), rows);
    }

    private static byte[] xlsx(int year, Retention retention, ResourceBundle texts, List<List<String>> rows) {
        return Tables.xlsx(year + "-" + retention, header(texts), rows);
    }

    private static List<String> header(ResourceBundle texts) {
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(texts.getString("doc.field." + column));
        }
        return header;
    }

    /** The rows, read a page at a time, the job's progress counting them. */
    private List<List<String>> rows(long jobId, int year, Retention retention, ResourceBundle texts) {
        List<List<String>> rows = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<Dossier> dossiers = em.createQuery("select d from Dossier d where d.number.year = :year"
                            + " and d.number.retention = :retention order by d.archivalNumber, d.id", Dossier.class)
                    .setParameter("year", year).setParameter("retention", retention)
                    .setFirstResult(first).setMaxResults(PAGE).getResultList();
            for (Dossier d : dossiers) {
                // a dossier whose metadata was damaged still has its line (the integrity check reports it)
                rows.add(List.of(String.valueOf(rows.size() + 1), d.getArchivalNumber(),
                        Objects.toString(d.getDocumentNumber(), ""), Objects.toString(d.getResponsible(), ""),
                        Objects.toString(d.getTitle(), ""),
                        d.getDate() == null ? "" : d.getDate().format(DateTimeFormatter.BASIC_ISO_DATE),
                        d.getSecrecy() == null ? "" : texts.getString("Secrecy." + d.getSecrecy()),
                        String.valueOf(d.getPages()), ""));
            }
            em.clear();
            jobs.progress(jobId, rows.size());
            if (dossiers.size() < PAGE) {
                return rows;
            }
        }
    }
}
