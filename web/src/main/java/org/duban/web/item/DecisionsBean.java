package org.duban.web.item;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.duban.item.DecisionImport;
import org.duban.item.DecisionImport.CheckedSheet;
import org.duban.item.DecisionImport.Finding;
import org.duban.organization.AccountImport;
import org.duban.web.files.Exports;
import org.duban.web.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 会议议定事项登记: the office uploads a meeting's decisions, sees every row checked, and — once no row is wrong — creates
 * all the drafts at once from the sheet it checked (kept in this view; the service checks it again).
 */
@Named
@ViewScoped
public class DecisionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionImport decisions;
    @Inject
    private Messages messages;
    @Inject
    private Exports exports;

    private String meeting;
    private String minuteNumber;
    private transient Part file;
    private byte[] sheet;
    private CheckedSheet checked;
    private List<Created> created = List.of();

    /** A draft the sheet made: its id and title. */
    public record Created(long id, String title) implements Serializable {
    }

    /** Reads the chosen file and checks every row; nothing is created. */
    public void check() throws IOException {
        created = List.of();
        checked = null;
        sheet = null;
        if (file == null || file.getSize() == 0) {
            messages.error("decisions:file", "error.import.empty");
            return;
        }
        if (file.getSize() > AccountImport.MAX_BYTES) {
            messages.error("decisions:file", "error.import.tooLarge", AccountImport.MAX_BYTES / 1024 / 1024);
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            checked = decisions.check(bytes, meeting, minuteNumber);
            sheet = bytes;
        }
        if (checked.ready()) {
            messages.info("page.decisions.ready", checked.rows().size());
        } else {
            messages.error(null, "page.decisions.refused", checked.problems());
        }
    }

    /** Whether the checked sheet can become drafts now: offered only then. */
    public boolean isCreatable() {
        return checked != null && checked.ready() && created.isEmpty();
    }

    /** Creates the drafts once: a second click on the same page creates nothing more. */
    public synchronized void create() {
        if (!isCreatable()) {
            return;
        }
        List<Long> ids = decisions.create(sheet, meeting, minuteNumber);
        created = java.util.stream.IntStream.range(0, ids.size())
                .mapToObj(i -> new Created(ids.get(i), checked.rows().get(i).title())).toList();
        messages.info("page.decisions.created", created.size());
    }

    /** The template: the columns as the sheet names them, and an example row. */
    public void template() {
        List<String> header = DecisionImport.COLUMNS.stream().map(column -> column.headings().get(0)).toList();
        List<String> example = Arrays.asList(messages.text("page.decisions.example").split("\\|", -1));
        exports.send(Exports.Format.XLSX, messages.text("page.decisions.templateName"),
                exports.build(Exports.Format.XLSX, messages.text("page.decisions.title"), null, header, List.of(example)));
    }

    /** A row's findings in the page's language, one after the other. */
    public String text(List<Finding> findings) {
        return findings.stream().map(finding -> messages.text(finding.messageKey(), finding.arguments().toArray()))
                .collect(Collectors.joining(" "));
    }

    public String getMeeting() { return meeting; }
    public void setMeeting(String meeting) { this.meeting = meeting; }
    public String getMinuteNumber() { return minuteNumber; }
    public void setMinuteNumber(String minuteNumber) { this.minuteNumber = minuteNumber; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public CheckedSheet getChecked() { return checked; }
    public List<Created> getCreated() { return created; }
}
