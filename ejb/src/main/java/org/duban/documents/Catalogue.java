package org.duban.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.archive.ArchiveSettingsService;
import org.duban.archive.Dossier;
import org.duban.archive.Retention;
import org.duban.organization.Role;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * 归档文件目录 of a year and retention: 序号, 档号, 文号, 责任者, 题名, 日期 (YYYYMMDD), 密级, 页数, 备注 — as PDF on A4
 * landscape and as Excel. Cells that a spreadsheet would run as a formula are neutralised.
 */
@Stateless
@RolesAllowed(Role.Names.ARCHIVIST)
public class Catalogue {

    private static final String[] COLUMNS = {"seq", "archivalNumber", "documentNumber", "responsible", "title", "date",
            "secrecy", "pages", "remarks"};

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ArchiveSettingsService settings;

    public byte[] pdf(int year, Retention retention, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(Documents.BUNDLE, locale);
        String title = texts.getString("doc.CATALOGUE.title");
        String subtitle = texts.getString("doc.field.year") + " " + year + "  " + texts.getString("doc.field.retention")
                + " " + texts.getString("Retention." + retention);
        return new Pdf(true).heading(settings.current().getCollegeName(), title, subtitle)
                .table(new float[]{0.9f, 6.2f, 3.2f, 2.6f, 7, 2.4f, 1.4f, 1.2f, 1.6f}, header(texts), rows(year, retention, texts)).finish();
    }

    public byte[] xlsx(int year, Retention retention, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(Documents.BUNDLE, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(year + "-" + retention);
            List<List<String>> lines = new ArrayList<>();
            lines.add(header(texts));
            lines.addAll(rows(year, retention, texts));
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    row.createCell(c).setCellValue(neutralised(line.get(c)));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text a spreadsheet would take for a formula gets a leading apostrophe. */
    static String neutralised(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static List<String> header(ResourceBundle texts) {
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(texts.getString("doc.field." + column));
        }
        return header;
    }

    private List<List<String>> rows(int year, Retention retention, ResourceBundle texts) {
        List<Dossier> dossiers = em.createQuery("select d from Dossier d where d.number.year = :year"
                        + " and d.number.retention = :retention order by d.archivalNumber", Dossier.class)
                .setParameter("year", year).setParameter("retention", retention).getResultList();
        List<List<String>> rows = new ArrayList<>();
        for (Dossier d : dossiers) {
            rows.add(List.of(String.valueOf(rows.size() + 1), d.getArchivalNumber(), d.getDocumentNumber(),
                    d.getResponsible(), d.getTitle(), d.getDate() == null ? "" : d.getDate().format(DateTimeFormatter.BASIC_ISO_DATE),
                    d.getSecrecy() == null ? "" : texts.getString("Secrecy." + d.getSecrecy()),
                    String.valueOf(d.getPages()), ""));
        }
        return rows;
    }
}
