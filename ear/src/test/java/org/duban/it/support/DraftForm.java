package org.duban.it.support;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test only: the office's draft form (office/draft.xhtml) as a person fills it in — a title, the first lead unit and
 * leader offered, a due date, a PDF — and sends it. Confirmed means what the person sees: the new item's page.
 */
public final class DraftForm {

    private static final Pattern ITEM_ID = Pattern.compile("(?:^|&)id=(\\d+)");

    private final WebClient office;
    private final Map<String, String> fields;

    private DraftForm(WebClient office, Map<String, String> fields) {
        this.office = office;
        this.fields = fields;
    }

    /** Opens the form for someone signed in as office staff. */
    public static DraftForm open(WebClient office) {
        String page = office.get("office/draft.xhtml").body();
        Map<String, String> fields = office.form("draft");
        fields.putAll(Map.of("draft:category", "MEETING", "draft:leadUnit", firstChoice(page, "draft:leadUnit"),
                "draft:leader", firstChoice(page, "draft:leader"), "draft:due_input",
                LocalDate.now().plusDays(20).toString(), "draft:mainTasks", "任务", "draft:requirements", "要求",
                "draft:source", "院长办公会", "draft:save", ""));
        return new DraftForm(office, fields);
    }

    /** Sends the form with {@code title}; the new item's id if the server answered with its page, else empty. */
    public OptionalLong send(String title) {
        fields.put("draft:title", title);
        HttpResponse<String> saved = office.postWithFile("office/draft.xhtml", fields, "draft:files", "报告.pdf",
                Fixtures.pdf(title));
        Matcher id = ITEM_ID.matcher(saved.uri().getQuery() == null ? "" : saved.uri().getQuery());
        return saved.uri().getPath().endsWith("/items/item.xhtml") && id.find()
                ? OptionalLong.of(Long.parseLong(id.group(1))) : OptionalLong.empty();
    }

    /** What the server last answered (for a failure's message). */
    public String lastPage() {
        return office.lastPage();
    }

    private static String firstChoice(String page, String select) {
        Matcher options = Pattern.compile("<select[^>]*name=\"" + Pattern.quote(select) + "\"[^>]*>(.*?)</select>",
                Pattern.DOTALL).matcher(page);
        Matcher value = Pattern.compile("<option[^>]*value=\"(\\d+)\"").matcher(options.find() ? options.group(1) : "");
        if (!value.find()) {
            throw new AssertionError("nothing to choose in " + select + ": " + page);
        }
        return value.group(1);
    }
}
