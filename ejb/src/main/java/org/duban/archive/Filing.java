package org.duban.archive;

import org.duban.files.FileInspection;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.documents.DocumentKind;
import org.duban.documents.Documents;
import org.duban.history.Act;
import org.duban.history.ItemEvent;
import org.duban.item.Attachment;
import org.duban.item.SupervisionItem;
import org.duban.organization.Unit;
import org.duban.shared.DomainException;
import org.duban.shared.FileFormat;
import org.duban.shared.Sha256;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Files an item, inside the archiving step's transaction: checks its attachments, draws its documents, writes the
 * metadata record, numbers the dossier, and runs the four checks on it. A file missing or altered (authenticity,
 * integrity) refuses the filing with the list of what failed, and the transaction leaves nothing filed half.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Filing {

    /** The archive's copy of documents is in the college's language. */
    private static final Locale ARCHIVE_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private ArchiveSettingsService settingsService;

    @EJB
    private DossierNumbering numbering;

    @EJB
    private Documents documents;

    public Dossier file(SupervisionItem item, Retention retention, Secrecy secrecy, Act act) {
        Instant started = clock.instant();
        ArchiveSettings settings = settingsService.current();
        List<NewDossierFile> files = new ArrayList<>(attachments(item));
        for (DocumentKind kind : DocumentKind.values()) {
            // a document issued is filed as issued (among the item's files); only the others are drawn now: the
            // 事项情况表, and the documents of items that went out before documents were kept (see the README)
            if (kind.availableFor(item) && item.issued(kind).isEmpty()) {
                byte[] pdf = documents.draw(item, kind, settings, ARCHIVE_LANGUAGE, null);
                files.add(new NewDossierFile(documents.fileName(item, kind, ARCHIVE_LANGUAGE), DossierFileKind.DOCUMENT,
                        FileFormat.PDF, FileInspection.pages(FileFormat.PDF, pdf), pdf));
            }
        }
        Unit unit = item.getLeadUnit();
        String orgCode = unit != null && unit.getCode().matches("[A-Z0-9]{1,10}") ? unit.getCode() : settings.getOfficeCode();
        DossierMetadata metadata = new DossierMetadata(item.getTitle(),
                item.getNumber() == null ? "ID-" + item.getId() : item.getNumber().toString(), settings.getResponsible(),
                act.today(), unit == null ? settings.getResponsible() : unit.getName(), item.getCategory(), unit,
                secrecy == null ? Secrecy.INTERNAL : secrecy);
        ArchivalNumber number = numbering.next(settings.getFonds(), settings.getCategoryCode(), act.today().getYear(),
                retention == null ? settings.defaultRetention(item.getCategory()) : retention, orgCode);
        List<ItemEvent> events = item.getEvents();
        String filedBy = act.actor().getUsername();
        files.add(new NewDossierFile(number + ".xml", DossierFileKind.METADATA, FileFormat.XML, 0,
                MetadataRecord.of(number, metadata, events, act.at(), filedBy)));
        Dossier dossier = new Dossier(number, item, metadata, events.get(events.size() - 1).getHash(), events.size(),
                files, keywords(item), act.at(), filedBy);
        em.persist(dossier);
        em.flush();
        List<Finding> findings = new ArrayList<>(DossierChecks.of(dossier, events));
        findings.addAll(DossierChecks.gaps(em, dossier));
        List<Finding> blocking = findings.stream().filter(f -> f.getAspect() == Aspect.AUTHENTICITY
                || f.getAspect() == Aspect.INTEGRITY).toList();
        if (!blocking.isEmpty()) {
            throw new DomainException("error.filing.checkFailed",
                    blocking.stream().map(f -> f.getMessageKey() + " " + f.getDetail()).collect(Collectors.joining("; ")));
        }
        // a file the office accepted that does not open is reported, not refused: the archivist sees it in the report
        em.persist(new IntegrityReport(dossier.getArchivalNumber(), filedBy, started, clock.instant(), 1, findings));
        return dossier;
    }

    /** The item's attachments, each present and matching the fingerprint taken at upload, or the filing stops. */
    private static List<NewDossierFile> attachments(SupervisionItem item) {
        List<NewDossierFile> files = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (Attachment attachment : item.getAttachments()) {
            byte[] bytes = attachment.getBytes();
            String sha256 = bytes == null ? null : Sha256.hex(bytes);
            if (sha256 == null || !sha256.equals(attachment.getSha256()) || attachment.getIssuedAs() != null
                    && !sha256.equals(attachment.getEvent().getIssuedSha256())) {
                broken.add(attachment.getFileName());
                continue;
            }
            FileFormat format = FileFormat.ofName(attachment.getFileName()).orElse(FileFormat.PDF);
            files.add(new NewDossierFile(attachment.getFileName(), attachment.getIssuedAs() == null
                    ? DossierFileKind.ATTACHMENT : DossierFileKind.DOCUMENT, format,
                    FileInspection.pages(format, bytes), bytes));
        }
        if (!broken.isEmpty()) {
            throw new DomainException("error.filing.brokenAttachments", String.join("、", broken));
        }
        return files;
    }

    private static String keywords(SupervisionItem item) {
        return String.join(" ", item.getTitle(), nonNull(item.getSource()), nonNull(item.getMainTasks()),
                item.getLeadUnit() == null ? "" : item.getLeadUnit().getName(),
                item.getNumber() == null ? "" : item.getNumber().toString());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
