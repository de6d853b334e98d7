package org.duban.web.errors;

/**
 * A change was refused because someone else changed the same thing meanwhile ({@link RefusalsFactory} fires it).
 * Beans of the view that show that thing observe it with {@code @Observes(notifyObserver = Reception.IF_EXISTS)} and
 * read it again, keeping what the user typed, so the page shows the other change and a second try can go through.
 */
public final class ConcurrentChange {
}
