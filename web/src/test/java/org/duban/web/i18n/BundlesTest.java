package org.duban.web.i18n;

import org.duban.item.Category;
import org.duban.item.HaltKind;
import org.duban.item.ItemAction;
import org.duban.item.ItemState;
import org.duban.item.Priority;
import org.duban.item.ReportingCycle;
import org.duban.item.ReworkKind;
import org.duban.item.UrgingMethod;
import org.duban.organization.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chinese and English say the same things: the same keys, none empty, every enum constant named, every key the
 * code and pages use present, and no literal text left in a page.
 */
class BundlesTest {

    private static final Path SOURCES = Path.of("..");

    private static Properties load(String name) throws IOException {
        return loadFrom("/org/duban/web/i18n/" + name);
    }

    private static Properties loadFrom(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeysAndNoneIsEmpty() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String key : zh.stringPropertyNames()) {
            assertTrue(!zh.getProperty(key).isBlank() && !en.getProperty(key).isBlank(), key);
        }
        assertTrue(load("messages_zh.properties").isEmpty(), "messages_zh.properties stays an empty guard");
    }

    @Test
    void noticesSayTheSameInBothLanguagesForEveryKind() throws IOException {
        Properties zh = loadFrom("/org/duban/notification/notices.properties");
        Properties en = loadFrom("/org/duban/notification/notices_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (org.duban.notification.NotificationKind kind : org.duban.notification.NotificationKind.values()) {
            assertTrue(zh.containsKey("NotificationKind." + kind), "missing NotificationKind." + kind);
        }
    }

    @Test
    void everyEnumConstantHasAName() throws IOException {
        Properties zh = load("messages.properties");
        List<Enum<?>> constants = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(ItemState.class, ItemAction.class, Category.class, Priority.class,
                ReportingCycle.class, UrgingMethod.class, ReworkKind.class, HaltKind.class, Role.class,
                org.duban.item.Light.class, org.duban.calendar.DayKind.class, org.duban.item.ToDo.class)) {
            constants.addAll(List.of(type.getEnumConstants()));
        }
        for (Enum<?> constant : constants) {
            String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            assertTrue(zh.containsKey(key), "missing " + key);
        }
    }

    @Test
    void everyActionFormHasItsHintAndLabel() throws IOException {
        Properties zh = load("messages.properties");
        for (ItemAction action : ItemAction.values()) {
            if (action == ItemAction.CREATE || action == ItemAction.EDIT_DRAFT) {
                continue;
            }
            assertTrue(zh.containsKey("action." + action + ".hint"), "missing action." + action + ".hint");
            assertTrue(zh.containsKey("action." + action + ".text"), "missing action." + action + ".text");
        }
    }

    @Test
    void everyKeyTheCodeAndPagesUseExists() throws IOException {
        Properties zh = load("messages.properties");
        Set<String> used = new TreeSet<>();
        // a string passed to startsWith(...) or contains(...) is a family of keys or a path, not a key
        Pattern codeKey = Pattern.compile("(?<!startsWith\\()(?<!contains\\()\"((?:error|login|page)\\.[A-Za-z.]+)\"");
        Pattern pageKey = Pattern.compile("msg\\['([A-Za-z.]+)'\\]");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> !p.toString().contains("target") && !p.toString().contains("/test/")
                    && (p.toString().endsWith(".java") || p.toString().endsWith(".xhtml"))).toList()) {
                String text = Files.readString(file);
                Matcher matcher = (file.toString().endsWith(".java") ? codeKey : pageKey).matcher(text);
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertTrue(used.size() > 50, "the scan found the keys");
        for (String key : used) {
            assertTrue(zh.containsKey(key), "missing " + key);
        }
    }

    @Test
    void pagesHoldNoLiteralText() throws IOException {
        Pattern textBetweenTags = Pattern.compile(">([^<>#{}]*[\\p{IsHan}A-Za-z][^<>#{}]*)<");
        Set<String> allowed = Set.of("中文", "English", "SHA-256");
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                // comments and ui:param values (ids, action names) are not shown to anyone
                String text = Files.readString(file).replaceAll("(?s)<!--.*?-->", "").replaceAll("<ui:param[^>]*>", "");
                Matcher matcher = textBetweenTags.matcher(text);
                while (matcher.find()) {
                    String literal = matcher.group(1).strip();
                    assertTrue(literal.isEmpty() || allowed.contains(literal), file + " holds literal text: " + literal);
                }
                Matcher values = Pattern.compile("(?:value|headerText|title)=\"([^\"#]*[\\p{IsHan}A-Za-z][^\"#]*)\"").matcher(text);
                while (values.find()) {
                    assertTrue(allowed.contains(values.group(1)), file + " holds literal text: " + values.group(1));
                }
            }
        }
    }
}
