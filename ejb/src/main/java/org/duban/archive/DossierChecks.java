package org.duban.archive;

import org.duban.files.FileInspection;

import jakarta.persistence.EntityManager;
import org.duban.history.ItemEvent;
import org.duban.shared.FileFormat;
import org.duban.shared.Sha256;

import java.util.ArrayList;
import java.util.List;

/**
 * The four checks of one dossier (四性检测), as findings: nothing found means it passed. The gap check of its class
 * is separate ({@link #gaps}), so that a check over all dossiers does it once per class.
 */
final class DossierChecks {

    private DossierChecks() {
    }

    static List<Finding> of(Dossier dossier, List<ItemEvent> events) {
        List<Finding> findings = new ArrayList<>();
        String number = dossier.getArchivalNumber();
        for (DossierFile file : dossier.getFiles()) {
            byte[] bytes = file.getBytes();
            if (bytes == null) {
                findings.add(new Finding(number, Aspect.INTEGRITY, "check.file.missing", file.getName()));
                continue;
            }
            if (!Sha256.hex(bytes).equals(file.getSha256())) {
                findings.add(new Finding(number, Aspect.AUTHENTICITY, "check.file.hashMismatch", file.getName()));
            }
            if (FileFormat.isExecutable(bytes) || FileFormat.ofName(file.getName()).isEmpty()) {
                findings.add(new Finding(number, Aspect.SECURITY, "check.file.executable", file.getName()));
            } else if (!FileInspection.opens(file.getFormat(), bytes)
                    || FileFormat.ofName(file.getName()).get() != file.getFormat()) {
                findings.add(new Finding(number, Aspect.USABILITY, "check.file.unusable",
                        file.getName() + " (" + file.getFormat() + ")"));
            }
        }
        chain(dossier, events, findings);
        issued(dossier, events, findings);
        metadata(dossier, findings);
        return findings;
    }

    /** Each event's hash matches its content and links to the one before; the chain ends where the dossier recorded. */
    private static void chain(Dossier dossier, List<ItemEvent> events, List<Finding> findings) {
        String number = dossier.getArchivalNumber();
        String previous = null;
        for (ItemEvent event : events) {
            String name = "#" + event.getSequence() + " " + event.getAction();
            if (!event.computeHash().equals(event.getHash())) {
                findings.add(new Finding(number, Aspect.AUTHENTICITY, "check.event.altered", name));
            }
            if (event.getSequence() > 1 && !String.valueOf(previous).equals(event.getPreviousHash())) {
                findings.add(new Finding(number, Aspect.AUTHENTICITY, "check.event.unlinked", name));
            }
            previous = event.getHash();
        }
        if (events.size() != dossier.getEventCount() || !String.valueOf(previous).equals(dossier.getChainHash())) {
            findings.add(new Finding(number, Aspect.AUTHENTICITY, "check.chain.end",
                    events.size() + "/" + dossier.getEventCount()));
        }
    }

    /**
     * Each document an event issued is in the dossier with the bytes whose hash the event recorded (DA/T 70: 真实性),
     * so that a document changed after it was issued is found and named, even with its file's own hash changed too.
     */
    private static void issued(Dossier dossier, List<ItemEvent> events, List<Finding> findings) {
        for (ItemEvent event : events) {
            if (event.getIssuedSha256() == null) {
                continue;
            }
            String name = event.getIssuedDocument().map(org.duban.item.Attachment::getFileName).orElse(null);
            boolean asIssued = dossier.getFiles().stream().anyMatch(file -> file.getName().equals(name)
                    && file.getBytes() != null && Sha256.hex(file.getBytes()).equals(event.getIssuedSha256()));
            if (!asIssued) {
                findings.add(new Finding(dossier.getArchivalNumber(), Aspect.AUTHENTICITY, "check.document.notAsIssued",
                        name + " (#" + event.getSequence() + " " + event.getAction() + ")"));
            }
        }
    }

    private static void metadata(Dossier d, List<Finding> findings) {
        String[][] required = {{"title", d.getTitle()}, {"documentNumber", d.getDocumentNumber()},
                {"responsible", d.getResponsible()}, {"date", d.getDate() == null ? null : "ok"},
                {"organization", d.getOrganization()}, {"category", d.getCategory() == null ? null : "ok"},
                {"secrecy", d.getSecrecy() == null ? null : "ok"}};
        for (String[] field : required) {
            if (field[1] == null || field[1].isBlank()) {
                findings.add(new Finding(d.getArchivalNumber(), Aspect.INTEGRITY, "check.metadata.missing", field[0]));
            }
        }
        if (d.getFiles().stream().noneMatch(f -> f.getKind() == DossierFileKind.METADATA)) {
            findings.add(new Finding(d.getArchivalNumber(), Aspect.INTEGRITY, "check.metadata.record", null));
        }
    }

    /** Missing pieces in the dossier's class (件号 1 to the highest), as one finding against that dossier. */
    static List<Finding> gaps(EntityManager em, Dossier dossier) {
        ArchivalNumber n = dossier.getNumber();
        List<Integer> pieces = em.createQuery("select d.number.piece from Dossier d where d.number.fonds = :fonds"
                        + " and d.number.categoryCode = :category and d.number.year = :year"
                        + " and d.number.retention = :retention and d.number.orgCode = :org order by d.number.piece",
                        Integer.class)
                .setParameter("fonds", n.getFonds()).setParameter("category", n.getCategoryCode())
                .setParameter("year", n.getYear()).setParameter("retention", n.getRetention())
                .setParameter("org", n.getOrgCode()).getResultList();
        List<Integer> missing = new ArrayList<>();
        int expected = 1;
        for (int piece : pieces) {
            for (; expected < piece; expected++) {
                missing.add(expected);
            }
            expected = piece + 1;
        }
        return missing.isEmpty() ? List.of() : List.of(new Finding(dossier.getArchivalNumber(), Aspect.INTEGRITY,
                "check.numbering.gap", n.classPrefix() + " " + missing));
    }
}
