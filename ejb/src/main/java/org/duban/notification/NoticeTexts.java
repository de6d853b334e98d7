package org.duban.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What a notice says, in the reader's language: the same words in the inbox and in the e-mail digest. The texts are
 * in {@code org/duban/notification/notices*.properties} (Chinese by default, English).
 */
public final class NoticeTexts {

    public static final String BUNDLE = "org.duban.notification.notices";

    private NoticeTexts() {
    }

    public static String of(Notification notification, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern = bundle.getString("NotificationKind." + notification.getKind());
        return new MessageFormat(pattern, locale).format(new Object[]{notification.getItem().getTitle(),
                notification.getActBy() == null ? "" : notification.getActBy().toString(),
                notification.getItem().getNumber() == null ? "" : notification.getItem().getNumber().toString(),
                notification.getNote() == null ? "" : notification.getNote()});
    }

    public static String text(String key, Locale locale, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public static Locale localeOf(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
