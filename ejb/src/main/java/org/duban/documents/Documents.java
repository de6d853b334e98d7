package org.duban.documents;

import org.duban.audit.RecordsRefusals;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.archive.ArchiveSettings;
import org.duban.archive.ArchiveSettingsService;
import org.duban.history.ItemEvent;
import org.duban.item.Attachment;
import org.duban.item.ItemAccess;
import org.duban.item.SupervisionItem;
import org.duban.item.Urging;
import org.duban.organization.Account;
import org.duban.organization.Callers;
import org.duban.organization.People;
import org.duban.organization.Unit;
import org.duban.shared.DomainException;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Draws an item's documents as PDF, for whoever may see the item, at any step from which the document exists; the
 * archive keeps the same documents in each dossier.
 */
@Stateless
@RecordsRefusals
@PermitAll
public class Documents {

    /** The texts of the documents (doc.*), Chinese by default. */
    public static final String BUNDLE = "org.duban.documents.documents";

    /** Documents go out in Chinese: the language of the record, whatever the language of the screen. */
    public static final Locale ISSUED_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Callers callers;

    @EJB
    private People people;

    @EJB
    private ArchiveSettingsService archiveSettings;

    public Rendered render(long itemId, DocumentKind kind, Locale locale) {
        SupervisionItem item = em.find(SupervisionItem.class, itemId);
        if (item == null) {
            throw new DomainException("error.item.notFound");
        }
        ItemAccess.requireSee(callers.current(), item);
        if (!kind.availableFor(item)) {
            throw new DomainException("error.document.notYet");
        }
        List<Attachment> issued = item.issued(kind);
        if (!issued.isEmpty()) {
            Attachment latest = issued.get(issued.size() - 1);
            return new Rendered(latest.getFileName(), latest.getBytes()); // as issued, byte for byte
        }
        return new Rendered(fileName(item, kind, locale), draw(item, kind, archiveSettings.current(), locale, null));
    }

    /**
     * Keeps the document that the item's last step issued, if it issued one (see {@link DocumentKind#issuedBy}):
     * drawn now, in Chinese, stamped with the step's time, and stored with the step's event. In the step's
     * transaction, so that a step and its document are kept together or not at all.
     */
    public void issue(SupervisionItem item) {
        ItemEvent event = item.getEvents().get(item.getEvents().size() - 1);
        if (event.getIssuedDocument().isPresent()) {
            return; // issued by the step itself (a 通报 comes from the notice board)
        }
        DocumentKind.issuedBy(event).ifPresent(kind -> {
            String title = texts(ISSUED_LANGUAGE).getString("doc." + kind + ".title");
            String name = kind.fileName(item, title, item.issued(kind).size() + 1);
            item.issue(kind, name, draw(item, kind, archiveSettings.current(), ISSUED_LANGUAGE, event.getRecordedAt()));
        });
    }

    /** The file name a document gets when downloaded or filed. */
    public String fileName(SupervisionItem item, DocumentKind kind, Locale locale) {
        return kind.fileName(item, texts(locale).getString("doc." + kind + ".title"));
    }

    /**
     * Draws a document as it stands now.
     *
     * @param issuedAt the time of the step that issues it, printed as its 签发时间; null for a copy drawn on request,
     *                 which prints the time it was drawn
     */
    public byte[] draw(SupervisionItem item, DocumentKind kind, ArchiveSettings settings, Locale locale, Instant issuedAt) {
        return compose(new Pdf(false), item, kind, settings, locale, issuedAt);
    }

    /**
     * The document as an editable Word copy (.docx), drawn from the item as it stands, for an office that edits and
     * stamps it before sending; the PDF, kept as issued, stays the record. Whoever may see the item.
     *
     * @throws DomainException {@code error.document.notYet} before the step from which the document exists, or for a
     *                         通报 (its copy comes from the notice board)
     */
    public Rendered renderWord(long itemId, DocumentKind kind, Locale locale) {
        SupervisionItem item = em.find(SupervisionItem.class, itemId);
        if (item == null) {
            throw new DomainException("error.item.notFound");
        }
        ItemAccess.requireSee(callers.current(), item);
        if (!kind.availableFor(item) || kind == DocumentKind.CRITICISM_NOTICE) {
            throw new DomainException("error.document.notYet");
        }
        String pdfName = fileName(item, kind, locale);
        return new Rendered(pdfName.substring(0, pdfName.length() - ".pdf".length()) + ".docx",
                compose(new Docx(), item, kind, archiveSettings.current(), locale, null));
    }

    private byte[] compose(Layout pdf, SupervisionItem item, DocumentKind kind, ArchiveSettings settings, Locale locale,
                           Instant issuedAt) {
        Texts t = new Texts(locale);
        String number = kind == DocumentKind.ASSIGNMENT_NOTICE && item.getNumber() != null
                ? org.duban.item.AssignmentNotice.numberFor(item.getNumber())
                : kind.numberFor(item, t.format("doc.field.draftNumber", item.getId()));
        String issuer = settings.getCollegeName() + settings.getResponsible();
        if (kind == DocumentKind.URGING_LETTER) {
            // a letter to the unit, in the layout of official documents (GB/T 9704-2012)
            pdf.officialHead(issuer, number).title(t.get("doc." + kind + ".title")).addressee(name(item.getLeadUnit()));
        } else {
            pdf.heading(settings.getCollegeName(), t.get("doc." + kind + ".title"),
                    t.get("doc.field.documentNumber") + "：" + number);
        }
        switch (kind) {
            case ASSIGNMENT_NOTICE -> {
                // what the units were told at 交办: its deadline, not one extended since
                List<String[]> rows = common(item, t, item.getAssignmentNotice().getDue());
                rows.add(row(t, "source", join(item.getSource(), item.getSourceReference())));
                rows.add(row(t, "mainTasks", item.getMainTasks()));
                rows.add(row(t, "requirements", item.getRequirements()));
                rows.add(row(t, "targets", item.getTargets().stream()
                        .map(x -> x.getDescription() + "：" + x.getMeasure()).collect(Collectors.joining("\n"))));
                rows.add(row(t, "milestones", item.getMilestones().stream()
                        .map(m -> t.date(m.getDue()) + " " + m.getTitle()).collect(Collectors.joining("\n"))));
                rows.add(row(t, "instructions", item.getAssignmentNotice().getInstructions()));
                rows.add(row(t, "issued", t.time(item.getAssignmentNotice().getIssuedAt())));
                pdf.fields(rows);
            }
            case URGING_LETTER -> {
                pdf.paragraph(t.format("doc.field.urgingText", t.date(item.getDeadline().getDue())))
                        .fields(common(item, t));
                if (!item.getUrgings().isEmpty()) {
                    pdf.subheading(t.get("doc.field.urgings")).table(new float[]{2, 2, 6},
                            List.of(t.get("doc.field.date"), t.get("doc.field.action"), t.get("doc.field.opinion")),
                            item.getUrgings().stream().map(u -> urgingRow(u, t)).toList());
                }
            }
            case COMPLETION_REPORT -> {
                List<String[]> rows = common(item, t);
                rows.add(row(t, "completionReport", item.getReports().getCompletionReport()));
                pdf.fields(rows);
            }
            case FEEDBACK_REPORT -> {
                List<String[]> rows = common(item, t);
                rows.add(row(t, "completionReport", item.getReports().getCompletionReport()));
                rows.add(row(t, "feedbackReport", item.getReports().getFeedbackReport()));
                pdf.fields(rows);
            }
            case ITEM_SUMMARY -> {
                List<String[]> rows = common(item, t);
                rows.add(row(t, "mainTasks", item.getMainTasks()));
                pdf.fields(rows).subheading(t.get("doc.field.history")).table(new float[]{1, 3, 3, 2, 6},
                        List.of(t.get("doc.field.seq"), t.get("doc.field.time"), t.get("doc.field.action"),
                                t.get("doc.field.actor"), t.get("doc.field.opinion")),
                        eventRows(item, t));
            }
        }
        Instant stamp = issuedAt == null ? clock.instant() : issuedAt;
        if (kind == DocumentKind.URGING_LETTER) {
            pdf.signature(issuer, t.date(stamp.atZone(clock.getZone()).toLocalDate()));
        }
        pdf.paragraph(t.get(issuedAt == null ? "doc.field.printed" : "doc.field.issuedAt") + "：" + t.time(stamp));
        return pdf.finish();
    }

    private static List<String[]> common(SupervisionItem item, Texts t) {
        return common(item, t, null);
    }

    /** The item's common fields; {@code toldDue}, when given, the deadline as told (no extension shown). */
    private static List<String[]> common(SupervisionItem item, Texts t, LocalDate toldDue) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row(t, "itemNumber", item.getNumber() == null ? t.get("doc.field.none") : item.getNumber().toString()));
        rows.add(row(t, "title", item.getTitle()));
        rows.add(row(t, "category", t.get("Category." + item.getCategory())));
        rows.add(row(t, "leadUnit", name(item.getLeadUnit())));
        rows.add(row(t, "coUnits", item.getCoUnits().stream().map(Unit::getName).sorted().collect(Collectors.joining("、"))));
        Account leader = item.getLeaderInCharge();
        rows.add(row(t, "leader", leader == null ? null : leader.getFullName()));
        rows.add(row(t, "priority", t.get("Priority." + item.getPriority())));
        if (toldDue != null) {
            rows.add(row(t, "due", t.date(toldDue)));
        } else if (item.getDeadline() != null) {
            rows.add(row(t, "due", t.date(item.getDeadline().getDue())));
            if (item.getDeadline().isExtended()) {
                rows.add(row(t, "originalDue", t.date(item.getDeadline().getOriginal())));
            }
        }
        return rows;
    }

    private static String[] row(Texts t, String field, String value) {
        return new String[]{t.get("doc.field." + field), value == null || value.isBlank() ? t.get("doc.field.none") : value};
    }

    private static List<String> urgingRow(Urging urging, Texts t) {
        return List.of(t.date(urging.getUrgedOn()), t.get("UrgingMethod." + urging.getMethod()),
                join(urging.getNotes(), urging.getOutcome()));
    }

    /** The history, each person by name: 姓名（单位）, or the login of an account that no longer exists. */
    private List<List<String>> eventRows(SupervisionItem item, Texts t) {
        Map<String, People.Person> named = people.named(item.getEvents().stream()
                .map(event -> event.getActor().getUsername()).toList());
        return item.getEvents().stream().map(event -> {
            People.Person person = named.get(event.getActor().getUsername());
            return List.of(String.valueOf(event.getSequence()), t.time(event.getOccurredAt()),
                    t.get("ItemAction." + event.getAction()), person == null ? event.getActor().getUsername()
                            : t.format("doc.person", person.fullName(), person.unitName()),
                    event.getOpinion() == null ? "" : event.getOpinion());
        }).toList();
    }

    private static String name(Unit unit) {
        return unit == null ? "" : unit.getName();
    }

    private static String join(String first, String second) {
        return second == null || second.isBlank() ? (first == null ? "" : first) : (first == null ? "" : first + " ") + second;
    }

    ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The bundle, dates and times in the reader's language and the college's time zone. */
    private final class Texts {
        private final ResourceBundle bundle;
        private final Locale locale;

        Texts(Locale locale) {
            this.locale = locale;
            this.bundle = texts(locale);
        }

        String get(String key) {
            return bundle.getString(key);
        }

        String format(String key, Object... arguments) {
            return new MessageFormat(get(key), locale).format(arguments);
        }

        /** 2026年1月5日 in Chinese documents (GB/T 9704: dates in full), 2026-01-05 in English ones. */
        String date(LocalDate date) {
            return date == null ? "" : dayPattern().format(date);
        }

        /** The day as above and a 24-hour time (2026年1月5日 14:05), in the college's zone. */
        String time(Instant instant) {
            return instant == null ? "" : DateTimeFormatter.ofPattern(isChinese() ? "yyyy年M月d日 HH:mm" : "yyyy-MM-dd HH:mm")
                    .withZone(clock.getZone()).format(instant);
        }

        private DateTimeFormatter dayPattern() {
            return DateTimeFormatter.ofPattern(isChinese() ? "yyyy年M月d日" : "yyyy-MM-dd");
        }

        private boolean isChinese() {
            return "zh".equals(locale.getLanguage());
        }
    }
}
