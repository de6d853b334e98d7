package org.duban.archive;

import org.duban.history.ItemEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The dossier's metadata as XML (GB/T 18894): 题名, 文件编号, 责任者, 日期, 机构, 保管期限, 密级, and every handling
 * action with its time and actor; kept as a file of the dossier, fingerprinted like the others.
 */
final class MetadataRecord {

    private MetadataRecord() {
    }

    static byte[] of(ArchivalNumber number, DossierMetadata m, List<ItemEvent> events, Instant filedAt, String filedBy) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dossier>\n");
        element(xml, "archivalNumber", number.toString());
        element(xml, "title", m.title());
        element(xml, "documentNumber", m.documentNumber());
        element(xml, "responsible", m.responsible());
        element(xml, "date", m.date().toString());
        element(xml, "organization", m.organization());
        element(xml, "category", m.category().name());
        element(xml, "retention", number.getRetention().name());
        element(xml, "secrecy", m.secrecy().name());
        element(xml, "filedAt", filedAt.toString());
        element(xml, "filedBy", filedBy);
        xml.append("  <actions>\n");
        for (ItemEvent e : events) {
            xml.append("    <action seq=\"").append(e.getSequence()).append("\" name=\"").append(e.getAction())
                    .append("\" actor=\"").append(escape(e.getActor().getUsername()))
                    .append("\" role=\"").append(e.getActor().getRole() == null ? "" : e.getActor().getRole())
                    .append("\" occurredAt=\"").append(e.getOccurredAt()).append("\" recordedAt=\"")
                    .append(e.getRecordedAt()).append("\" hash=\"").append(e.getHash()).append("\">")
                    .append(escape(e.getOpinion() == null ? "" : e.getOpinion())).append("</action>\n");
        }
        xml.append("  </actions>\n</dossier>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder xml, String name, String value) {
        xml.append("  <").append(name).append('>').append(escape(value)).append("</").append(name).append(">\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
